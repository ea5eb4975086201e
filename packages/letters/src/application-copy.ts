import {
  type Application,
  budgetTotals,
  countyOfficeName,
  findCall,
  formatAccountNumber,
  municipality,
  osloDate,
  SIGNER_ROLES,
  type SignerRole,
  verifySignatures,
} from '@sosialtilskudd/domain';
import { APPLICATION_TEXTS, type ApplicationTexts } from './application-texts.js';
import { formatAmount, formatDate, formatInstant, formatOrganisationNumber, formatPeriod } from './format.js';
import { createDocument, toBytes } from './pdf/document.js';
import { COLOR, type Fact, LetterWriter, SIZE } from './pdf/writer.js';
import type { LetterLanguage } from './texts.js';

export interface ApplicationCopy {
  /** The application as it was submitted: with the server's `submittedAt`. */
  application: Application;
  caseNumber: string;
}

/** Thrown when the document is not a submitted application (no `submittedAt`, or a call this package does not know). */
export class NotSubmittedError extends Error {}

function addresseeName(application: Application, date: string, t: ApplicationTexts): string {
  const a = application.addressee;
  return a.kind === 'directorate'
    ? t.directorate
    : (countyOfficeName(a.countyOfficeId, date) ?? a.countyOfficeId);
}

const municipalityNames = (numbers: readonly string[], date: string) =>
  numbers.map((n) => `${municipality(n, date)?.name ?? ''} (${n})`.trim()).join(', ');

function writeApplicant(w: LetterWriter, a: Application, date: string, t: ApplicationTexts) {
  const o = a.applicant;
  const contact = o.contactPerson;
  w.heading(t.applicantHeading);
  w.facts([
    { label: t.navOffice, value: o.name, strong: true },
    { label: t.organisationNumber, value: formatOrganisationNumber(o.organisationNumber) },
    { label: t.address, value: `${o.address.street}, ${o.address.postalCode} ${o.address.city}` },
    { label: t.accountNumber, value: formatAccountNumber(o.accountNumber) },
    { label: t.municipalities, value: municipalityNames(o.municipalities, date) },
    {
      label: t.contactPerson,
      value: [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', '),
    },
  ]);
}

function writeMeasure(w: LetterWriter, a: Application, date: string, t: ApplicationTexts) {
  const list = (ids: readonly string[], names: Readonly<Record<string, string>>) =>
    ids.length === 0 ? t.none : ids.map((id) => `• ${names[id] ?? id}`).join('\n');
  const trial = a.nationalTrialId
    ? findCall(a.callId)?.nationalTrials.find((n) => n.id === a.nationalTrialId)?.title
    : undefined;
  const rows: Fact[] = [
    { label: t.measure, value: a.measure.name, strong: true },
    { label: t.kind, value: a.kind === 'new' ? t.kindNew : t.kindContinuation },
    { label: t.period, value: formatPeriod(a.measure.startDate, a.measure.plannedEndDate) },
    { label: t.yearOfMeasure, value: String(a.measure.yearOfMeasure) },
    ...(a.continuation ? [{ label: t.previousCase, value: a.continuation.previousCaseNumber }] : []),
    ...(trial ? [{ label: t.nationalTrial, value: trial }] : []),
    ...(a.intermunicipalCooperation
      ? [
          {
            label: t.cooperation,
            value: `${municipalityNames(a.intermunicipalCooperation.municipalities, date)}\n${a.intermunicipalCooperation.description}`,
          },
        ]
      : []),
    { label: t.priorityAreas, value: list(a.priorityAreas, t.priorityAreaNames) },
    { label: t.allocationCriteria, value: list(a.allocationCriteria, t.criterionNames) },
  ];
  w.heading(t.measureHeading);
  w.facts(rows);
}

function writeDescription(w: LetterWriter, a: Application, t: ApplicationTexts) {
  w.heading(t.descriptionHeading);
  const d = a.description;
  for (const key of Object.keys(t.description) as (keyof ApplicationTexts['description'])[]) {
    const value = key === 'targetGroups' ? d.targetGroups.map((g) => `• ${g}`).join('\n') : d[key];
    if (!value) continue;
    w.paragraph(t.description[key], { font: 'semibold', after: 2, keepLines: 3 });
    w.paragraph(value, { after: 8 });
  }
}

function writeBudget(w: LetterWriter, a: Application, t: ApplicationTexts) {
  const b = a.budget;
  const totals = budgetTotals(b);
  w.heading(t.budgetHeading);
  w.facts([
    ...b.positions.map((p) => ({
      label: p.title,
      value: t.position(
        p.ftePercent,
        p.months,
        formatAmount(p.salary),
        formatAmount(p.socialCosts),
        formatAmount(p.requestedGrant),
      ),
    })),
    { label: t.competenceFunds, value: formatAmount(b.competenceFunds) },
    ...b.otherCosts.map((c) => ({
      label: t.otherCost(t.costCategoryNames[c.category] ?? c.category),
      value: `${c.description}: ${formatAmount(c.amount)}`,
    })),
    ...b.otherFunding.map((f) => ({
      label: t.funding(f.status),
      value: `${f.source}: ${formatAmount(f.amount)}`,
    })),
    { label: t.totalCost, value: formatAmount(totals.totalCost) },
    { label: t.requestedGrant, value: formatAmount(totals.requestedGrant), strong: true },
    { label: t.ownFinancing, value: formatAmount(totals.ownFinancing) },
    ...(b.notes ? [{ label: t.budgetNotes, value: b.notes }] : []),
  ]);
}

function writeOtherGrants(w: LetterWriter, a: Application, t: ApplicationTexts) {
  w.heading(t.otherGrantsHeading);
  w.facts([
    ...a.otherGrants.map((g) => ({
      label: g.scheme,
      value: `${t.otherGrant(g.status, g.grantor, g.targetGroup)}: ${formatAmount(g.amount)}`,
    })),
    ...(a.otherGrants.length === 0 ? [{ label: t.otherGrantsHeading, value: t.none }] : []),
    { label: t.directPayments, value: a.directPaymentsToUsers ? t.yes : t.no },
  ]);
}

/**
 * Every signature with what it is worth against the content as submitted (checked as `tilskudd verify` does), a
 * required signer who is missing, and the content's checksum so that anyone holding the copy can compare.
 */
function writeSignatures(w: LetterWriter, a: Application, t: ApplicationTexts, language: LetterLanguage) {
  const verification = verifySignatures(a);
  const roleName = (roles: readonly SignerRole[]) => roles.map((r) => SIGNER_ROLES[r][language]).join(' / ');
  w.heading(t.signaturesHeading);
  w.facts([
    ...verification.signatures.map(({ signature: s, state }) => ({
      label: s.role ? roleName([s.role]) : s.kind === 'typed' ? s.title : '',
      value: `${
        s.kind === 'recorded'
          ? t.signed(s.signer.name, s.signer.organisation.name, formatInstant(s.signedAt))
          : t.typed(s.name, s.title, formatDate(s.signedOn))
      } (${t.signatureStates[state]})`,
    })),
    ...verification.required
      .filter((r) => r.signature === undefined)
      .map((r) => ({ label: roleName(r.roles), value: t.missing })),
    { label: t.digest, value: verification.digest.match(/.{16}/g)?.join(' ') ?? verification.digest },
  ]);
}

/**
 * A copy of a submitted application as an A4 PDF, for the Nav office's records: the case number and the time it
 * was received at the head, then every part of the application in § 7's order — applicant, measure, description,
 * budget, other grants — and the two signatures. The same application always gives the same bytes.
 */
export async function renderApplicationPdf(
  { application, caseNumber }: ApplicationCopy,
  language: LetterLanguage = 'nb',
): Promise<Uint8Array> {
  const call = findCall(application.callId);
  if (!application.submittedAt || !call) throw new NotSubmittedError(application.id);
  const t = APPLICATION_TEXTS[language];
  const date = osloDate(new Date(application.submittedAt));
  const title = t.title(call.year);
  const addressee = addresseeName(application, date, t);
  const doc = createDocument({
    title: `${title}: ${application.measure.name}`,
    author: application.applicant.name,
    subject: call.title,
    language: t.pdfLanguage,
    date,
  });
  const w = new LetterWriter(doc);
  w.title(title, call.title);
  w.facts([
    { label: t.caseNumber, value: caseNumber, strong: true },
    { label: t.received, value: formatInstant(application.submittedAt) },
    { label: t.addressee, value: addressee },
  ]);
  w.paragraph(t.copyNote, { font: 'italic', color: COLOR.muted, size: SIZE.small });
  writeApplicant(w, application, date, t);
  writeMeasure(w, application, date, t);
  writeDescription(w, application, t);
  writeBudget(w, application, t);
  writeOtherGrants(w, application, t);
  writeSignatures(w, application, t, language);
  w.furnish(`${application.applicant.name} · ${addressee}`, t.page, `${t.caseNumber} ${caseNumber}`);
  return toBytes(doc);
}
