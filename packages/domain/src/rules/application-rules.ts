import { findCall } from '../calls/data.js';
import { deadlineEnd, isOnTime, laterDeadline } from '../calls/deadline.js';
import { osloDate } from '../calls/oslo-time.js';
import { periodEnd } from '../dates.js';
import type { Application } from '../documents/application.js';
import { type CountyOfficeId, countyOfficeName } from '../reference/county-offices.js';
import { ALLOCATION_CRITERIA, PRIORITY_AREAS } from '../reference/criteria.js';
import { SCHEME_IDS, SCHEMES, type SchemeId } from '../reference/schemes.js';
import { ATTACHMENT_RULES } from './attachment-rules.js';
import { BUDGET_RULES } from './budget-rules.js';
import { LAST_YEARS_REPORT, lastYearsReportProblem } from './continuation.js';
import {
  MUNICIPALITY_UNKNOWN,
  type MunicipalityList,
  outsideOffice,
  unknownMunicipalities,
} from './municipality-rules.js';
import { areasNotInCall } from './priority-areas.js';
import { repeated } from './repeats.js';
import { at, defineRule, type Finding, NOT_CHECKED, type RuleInput } from './rule.js';
import { SIGNING_RULES } from './signing-rules.js';

/** The date the application is judged on: when it was sent, else today. */
function documentDate({ doc, context }: RuleInput<Application>): string {
  return osloDate(doc.submittedAt ?? context.now ?? new Date());
}

const municipalityUnknown = defineRule<Application>({
  ...MUNICIPALITY_UNKNOWN,
  check: (input) => {
    const { doc } = input;
    const lists: MunicipalityList[] = [[doc.applicant.municipalities, ['applicant', 'municipalities']]];
    if (doc.intermunicipalCooperation)
      lists.push([
        doc.intermunicipalCooperation.municipalities,
        ['intermunicipalCooperation', 'municipalities'],
      ]);
    return unknownMunicipalities(lists, documentDate(input));
  },
});

/** § 7: the application goes to the county office of the Nav office's municipalities, every one of them. */
const wrongCountyOffice = defineRule<Application>({
  code: 'APPLICATION_WRONG_COUNTY_OFFICE',
  source: '§ 7 (søknaden sendes til den respektive statsforvalteren)',
  summary:
    'Søknaden er sendt til statsforvalteren for fylket der Nav-kontorets kommuner ligger, og det gjelder hver av kommunene.',
  messages: {
    nb: (p) => `Kommune ${p.numbers} hører til ${p.expected}: søknaden skal sendes dit, ikke til ${p.actual}`,
    nn: (p) =>
      `Kommune ${p.numbers} høyrer til ${p.expected}: søknaden skal sendast dit, ikkje til ${p.actual}`,
  },
  when: ({ doc }) => doc.addressee.kind === 'county-office',
  check: (input) => {
    const { doc } = input;
    if (doc.addressee.kind !== 'county-office') return [];
    const date = documentDate(input);
    const addressed = doc.addressee.countyOfficeId;
    const elsewhere = outsideOffice(doc.applicant.municipalities, addressed, date);
    if (elsewhere === NOT_CHECKED) return NOT_CHECKED;
    if (elsewhere.length === 0) return [];
    const name = (id: CountyOfficeId) => countyOfficeName(id, date) ?? id;
    return [
      at(['addressee', 'countyOfficeId'], {
        numbers: elsewhere.map((e) => e.number).join(', '),
        expected: [...new Set(elsewhere.map((e) => name(e.office)))].join(' og '),
        actual: name(addressed),
      }),
    ];
  },
});

const directPaymentsToUsers = defineRule<Application>({
  code: 'APPLICATION_DIRECT_USER_PAYMENTS',
  source: '§ 5',
  summary: 'Tiltaket har ikke direkte utbetalinger til brukere.',
  messages: {
    nb: () => 'Det gis ikke støtte til tiltak hvor det forekommer direkte utbetalinger til bruker (§ 5)',
    nn: () => 'Det blir ikkje gitt støtte til tiltak der det finst direkte utbetalingar til brukar (§ 5)',
  },
  check: ({ doc }) => (doc.directPaymentsToUsers ? [at(['directPaymentsToUsers'])] : []),
});

const measureEndBeforeStart = defineRule<Application>({
  code: 'MEASURE_END_BEFORE_START',
  limit: 'date',
  source: '§ 7',
  summary: 'Planlagt sluttdato er etter oppstartsdatoen.',
  messages: {
    nb: () => 'Planlagt sluttdato må være etter oppstartsdatoen',
    nn: () => 'Planlagd sluttdato må vere etter oppstartsdatoen',
  },
  check: ({ doc }) =>
    doc.measure.plannedEndDate <= doc.measure.startDate ? [at(['measure', 'plannedEndDate'])] : [],
});

const measureOverMaxMonths = defineRule<Application>({
  code: 'MEASURE_OVER_MAX_MONTHS',
  limit: 'date',
  source: '§ 5 og utlysningen (inntil 36 måneder til samme tiltak)',
  summary: 'Tiltaket varer ikke lenger enn utlysningens største antall måneder fra oppstart.',
  needs: ['call'],
  messages: {
    nb: (p) => `Tiltaket kan vare i høyst ${p.max} måneder fra oppstart, det vil si til og med ${p.last}`,
    nn: (p) => `Tiltaket kan vare i høgst ${p.max} månader frå oppstart, det vil seie til og med ${p.last}`,
  },
  check: ({ doc, call }) => {
    const max = call?.maxMonthsPerMeasure;
    if (max === undefined) return [];
    const last = periodEnd(doc.measure.startDate, max);
    return doc.measure.plannedEndDate > last ? [at(['measure', 'plannedEndDate'], { max, last })] : [];
  },
});

const measureOverMaxYears = defineRule<Application>({
  code: 'MEASURE_OVER_MAX_YEARS',
  limit: 'count',
  source: '§ 5 (tilskudd gis for ett år av gangen og kan gis i inntil tre år)',
  summary: 'Tiltaket søker ikke tilskudd for flere år enn utlysningen tillater.',
  needs: ['call'],
  messages: {
    nb: (p) => `Samme tiltak kan få tilskudd i høyst ${p.max} år`,
    nn: (p) => `Same tiltak kan få tilskot i høgst ${p.max} år`,
  },
  check: ({ doc, call }) => {
    const max = call?.maxYearsPerMeasure;
    return max !== undefined && doc.measure.yearOfMeasure > max
      ? [at(['measure', 'yearOfMeasure'], { max })]
      : [];
  },
});

const kindYearMismatch = defineRule<Application>({
  code: 'APPLICATION_KIND_MISMATCH',
  source: '§ 8 (videreføring)',
  summary: 'Et nytt tiltak er år 1; en videreføring er år 2 eller senere og viser til fjorårets sak.',
  messages: {
    nb: (p) =>
      p.kind === 'new'
        ? 'Et nytt tiltak må være tilskuddsår 1'
        : 'En videreføring må være tilskuddsår 2 eller senere og vise til fjorårets saksnummer',
    nn: (p) =>
      p.kind === 'new'
        ? 'Eit nytt tiltak må vere tilskotsår 1'
        : 'Ei vidareføring må vere tilskotsår 2 eller seinare og vise til saksnummeret frå i fjor',
  },
  check: ({ doc }) => {
    if (doc.kind === 'new')
      return doc.measure.yearOfMeasure !== 1 || doc.continuation
        ? [at(['measure', 'yearOfMeasure'], { kind: 'new' })]
        : [];
    if (doc.measure.yearOfMeasure < 2) return [at(['measure', 'yearOfMeasure'], { kind: 'continuation' })];
    return doc.continuation ? [] : [at(['continuation'], { kind: 'continuation' })];
  },
});

const continuationOnly = defineRule<Application>({
  code: 'CALL_CONTINUATION_ONLY',
  source: 'Utlysningen (for eksempel kommunalt rusarbeid: bare videreføring av eksisterende stillinger)',
  summary: 'Et år der utlysningen bare gjelder videreføring, søkes det ikke om nye tiltak.',
  needs: ['call'],
  messages: {
    nb: (p) => `Utlysningen «${p.call}» gjelder bare videreføring`,
    nn: (p) => `Utlysinga «${p.call}» gjeld berre vidareføring`,
  },
  check: ({ doc, call }) =>
    call?.continuationOnly && doc.kind === 'new' ? [at(['kind'], { call: call.title })] : [],
});

const notEligible = defineRule<Application>({
  code: 'CALL_NOT_ELIGIBLE',
  source: 'Utlysningen (for eksempel kommunalt rusarbeid: bare kommuner som fikk tilskudd i 2021)',
  summary: 'Når utlysningen bare er for tidligere mottakere, fikk søkeren tilskudd under ordningen det året.',
  needs: ['call', 'previousGrantYears'],
  when: ({ call }) => call?.eligibleIfGrantedIn !== undefined,
  messages: {
    nb: (p) => `Utlysningen «${p.call}» er bare for kommuner som fikk tilskudd i ${p.year}`,
    nn: (p) => `Utlysinga «${p.call}» er berre for kommunar som fekk tilskot i ${p.year}`,
  },
  check: ({ call, context }) => {
    const year = call?.eligibleIfGrantedIn;
    return call && year !== undefined && !context.previousGrantYears?.includes(year)
      ? [at(['applicant', 'organisationNumber'], { call: call.title, year })]
      : [];
  },
});

const afterDeadline = defineRule<Application>({
  code: 'APPLICATION_AFTER_DEADLINE',
  limit: 'date',
  source: 'Utlysningen (søknadsfrist), med eventuell utsettelse fra statsforvalteren',
  summary:
    'Søknaden er sendt innen utlysningens frist (dato og klokkeslett, Europe/Oslo), eller innen en registrert utsatt frist.',
  needs: ['call'],
  when: ({ doc }) => doc.submittedAt !== undefined,
  messages: {
    nb: (p) => `Søknaden kom inn etter fristen ${p.deadline}`,
    nn: (p) => `Søknaden kom inn etter fristen ${p.deadline}`,
  },
  check: ({ doc, call, context }) => {
    if (!call || !doc.submittedAt) return [];
    const addressee = doc.addressee;
    const deadline = (context.extensions ?? [])
      .filter((e) => e.callId === call.id)
      .filter((e) =>
        addressee.kind === 'county-office'
          ? e.grantedBy.kind === 'county-office' && e.grantedBy.countyOfficeId === addressee.countyOfficeId
          : e.grantedBy.kind === 'directorate',
      )
      .filter(
        (e) =>
          e.appliesTo.scope === 'all' || e.appliesTo.organisationNumber === doc.applicant.organisationNumber,
      )
      .reduce((d, e) => laterDeadline(d, e.deadline), call.applicationDeadline);
    if (isOnTime(doc.submittedAt, deadline)) return [];
    const shown = `${deadline.date}${deadline.time ? ` kl. ${deadline.time}` : ''}`;
    return [at(['submittedAt'], { deadline: shown, end: deadlineEnd(deadline).toISOString() })];
  },
});

/** § 8 and § 11: a continuation needs last year's status report and accounts, in by the deadline. */
const continuationReport = defineRule<Application>({
  code: 'CONTINUATION_REPORT_MISSING',
  limit: 'date',
  source: '§ 8 og § 11 (manglende rapportering innen fristen medfører avslag på ny søknad)',
  summary:
    'En videreføring har fjorårets statusrapport og regnskap for samme sak, sendt inn innen fristen i fjorårets utlysning.',
  needs: ['previousStatusReport'],
  when: ({ doc }) => doc.kind === 'continuation' && doc.continuation !== undefined,
  messages: LAST_YEARS_REPORT,
  check: ({ doc, context }) => {
    if (!doc.continuation) return [];
    const problem = lastYearsReportProblem(doc.continuation, context.previousStatusReport ?? null);
    if (problem === NOT_CHECKED) return NOT_CHECKED;
    return problem ? [at(['continuation', 'previousCaseNumber'], problem)] : [];
  },
});

const nationalTrial = defineRule<Application>({
  code: 'APPLICATION_NATIONAL_TRIAL',
  source: '§ 7 (søknader om nasjonale forsøk sendes direkte til Arbeids- og velferdsdirektoratet)',
  summary:
    'Søknader om nasjonale forsøk går til direktoratet og gjelder et forsøk i utlysningen; andre søknader går til statsforvalteren.',
  needs: ['call'],
  messages: {
    nb: (p) =>
      p.problem === 'addressee'
        ? 'Søknader om nasjonale forsøk sendes Arbeids- og velferdsdirektoratet, andre søknader sendes statsforvalteren'
        : `Utlysningen har ikke det nasjonale forsøket «${p.trial}»`,
    nn: (p) =>
      p.problem === 'addressee'
        ? 'Søknader om nasjonale forsøk blir sende til Arbeids- og velferdsdirektoratet, andre søknader til statsforvaltaren'
        : `Utlysinga har ikkje det nasjonale forsøket «${p.trial}»`,
  },
  check: ({ doc, call }) => {
    const toDirectorate = doc.addressee.kind === 'directorate';
    if (toDirectorate !== (doc.nationalTrialId !== undefined))
      return [at(['addressee'], { problem: 'addressee' })];
    if (doc.nationalTrialId && call && !call.nationalTrials.some((t) => t.id === doc.nationalTrialId))
      return [at(['nationalTrialId'], { problem: 'unknown', trial: doc.nationalTrialId })];
    return [];
  },
});

const priorityAreaNotInCall = defineRule<Application>({
  code: 'APPLICATION_PRIORITY_AREA_NOT_IN_CALL',
  source: '§ 6 (prioriteringer framgår av kunngjøringen)',
  summary: 'Prioriterte områder søknaden svarer på er blant utlysningens prioriterte områder.',
  needs: ['call'],
  messages: {
    nb: (p) => `«${p.area}» er ikke et prioritert område i utlysningen for ${p.year}`,
    nn: (p) => `«${p.area}» er ikkje eit prioritert område i utlysinga for ${p.year}`,
  },
  check: ({ doc, call }) => (call ? areasNotInCall(doc.priorityAreas, call, ['priorityAreas']) : []),
});

const duplicateChoice = defineRule<Application>({
  code: 'APPLICATION_DUPLICATE_CHOICE',
  source: '§ 5 (tildelingskriterier) og § 6 (prioriteringer framgår av kunngjøringen)',
  summary: 'Hvert prioritert område og hvert tildelingskriterium er valgt bare én gang.',
  messages: {
    nb: (p) => `«${p.label}» er valgt flere ganger`,
    nn: (p) => `«${p.label}» er vald fleire gonger`,
  },
  check: ({ doc }) => [
    ...repeated(doc.priorityAreas, (area) => area).map(({ item, index }) =>
      at(['priorityAreas', index], { label: PRIORITY_AREAS[item] }),
    ),
    ...repeated(doc.allocationCriteria, (criterion) => criterion).map(({ item, index }) =>
      at(['allocationCriteria', index], { label: ALLOCATION_CRITERIA[item] }),
    ),
  ],
});

const intermunicipalIncludesApplicant = defineRule<Application>({
  code: 'INTERMUNICIPAL_APPLICANT_MISSING',
  source: '§ 5 (interkommunalt samarbeid)',
  summary: 'Et interkommunalt samarbeid omfatter kommunene søkeren dekker.',
  messages: {
    nb: (p) => `Samarbeidet må omfatte søkerens kommune ${p.number}`,
    nn: (p) => `Samarbeidet må omfatte kommunen ${p.number} til søkjaren`,
  },
  check: ({ doc }) => {
    const coop = doc.intermunicipalCooperation;
    if (!coop) return [];
    const findings: Finding[] = [];
    for (const number of doc.applicant.municipalities)
      if (!coop.municipalities.includes(number))
        findings.push(at(['intermunicipalCooperation', 'municipalities'], { number }));
    return findings;
  },
});

/** § 5 and § 8: a continuation carries on a measure granted under an earlier call of the same scheme. */
const continuationPreviousCall = defineRule<Application>({
  code: 'CONTINUATION_PREVIOUS_CALL',
  limit: 'date',
  source: '§ 5 og § 8 (videreføring av samme tiltak under samme ordning)',
  summary: 'En videreføring viser til en tidligere utlysning i samme tilskuddsordning som søknaden.',
  needs: ['call'],
  when: ({ doc }) => doc.kind === 'continuation' && doc.continuation !== undefined,
  messages: {
    nb: (p) => `«${p.previous}» er ikke en tidligere utlysning av «${p.scheme}»`,
    nn: (p) => `«${p.previous}» er ikkje ei tidlegare utlysing av «${p.scheme}»`,
  },
  check: ({ doc, call }) => {
    const id = doc.continuation?.previousCallId;
    if (!call || !id) return [];
    const previous = callNamed(id);
    // An id that is neither a call in the data nor of the form «<scheme>-<year>» cannot be judged.
    if (!previous) return NOT_CHECKED;
    return previous.schemeId === call.schemeId && previous.year < call.year
      ? []
      : [at(['continuation', 'previousCallId'], { previous: id, scheme: SCHEMES[call.schemeId].title })];
  },
});

/**
 * The scheme and year of the call `id` names: from the data, or, for a call before the data (2021), from the form
 * every call id has, «<scheme>-<year>» (utvikling-sosiale-tjenester-2021).
 */
function callNamed(id: string): { schemeId: SchemeId; year: number } | undefined {
  const known = findCall(id);
  if (known) return known;
  const scheme = SCHEME_IDS.find((s) => new RegExp(`^${s}-\\d{4}$`).test(id));
  return scheme ? { schemeId: scheme, year: Number(id.slice(-4)) } : undefined;
}

/** Spaces and a leading +47 aside, a Norwegian number is eight digits; the schema's pattern is looser. */
const NORWEGIAN_PHONE = /^(\+47)?\d{8}$/;

const contactPhone = defineRule<Application>({
  code: 'CONTACT_PHONE_DIGITS',
  source: '§ 7 (søknaden skal inneholde kontaktperson)',
  summary: 'Kontaktpersonens telefonnummer har åtte sifre, eventuelt med +47 foran; mellomrom er lov.',
  messages: {
    nb: () => 'Telefonnummeret må ha åtte sifre, eventuelt med +47 foran',
    nn: () => 'Telefonnummeret må ha åtte siffer, eventuelt med +47 framfor',
  },
  check: ({ doc }) =>
    NORWEGIAN_PHONE.test(doc.applicant.contactPerson.phone.replaceAll(' ', ''))
      ? []
      : [at(['applicant', 'contactPerson', 'phone'])],
});

export const APPLICATION_RULES = [
  ...BUDGET_RULES,
  municipalityUnknown,
  wrongCountyOffice,
  directPaymentsToUsers,
  measureEndBeforeStart,
  measureOverMaxMonths,
  measureOverMaxYears,
  kindYearMismatch,
  continuationOnly,
  notEligible,
  afterDeadline,
  continuationReport,
  continuationPreviousCall,
  nationalTrial,
  priorityAreaNotInCall,
  duplicateChoice,
  intermunicipalIncludesApplicant,
  contactPhone,
  ...SIGNING_RULES,
  ...ATTACHMENT_RULES,
];
