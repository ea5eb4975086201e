import { MONTH_NAMES, periodEnd } from '../dates.js';
import type { Application } from '../documents/application.js';
import { budgetTotals } from '../documents/budget.js';
import type { CaseDecision, GrantLetter, RejectionLetter } from '../documents/letters.js';
import { SCHEMES } from '../reference/schemes.js';
import { CASE_AUTHORITY_MISMATCH, caseAuthority, wrongAuthority } from './authority.js';
import { LAST_YEARS_REPORT, lastYearsReportProblem } from './continuation.js';
import { formatNok, type PathSegment } from './issue.js';
import { MUNICIPALITY_UNKNOWN, outsideOffice, unknownMunicipalities } from './municipality-rules.js';
import { statesNoAppeal } from './no-appeal.js';
import { at, defineRule, type Finding, NOT_CHECKED, type Params, type RuleMessages } from './rule.js';

type Letter = GrantLetter | RejectionLetter;

/**
 * Whether a letter's legal basis names the regulation with Lovdata id `id` (FOR-2020-12-15-2787): by that id,
 * or, as other systems write it, by its date and number («forskrift 15. desember 2020 nr. 2787», «15.12.2020 nr.
 * 2787»).
 */
function citesRegulation(text: string, id: string): boolean {
  const [, y, m, d, number] = /^FOR-(\d{4})-(\d{2})-(\d{2})-(\d+)$/.exec(id) ?? [];
  const written = text.toLowerCase().replace(/\s+/g, ' ');
  if (written.includes(id.toLowerCase().slice('FOR-'.length))) return true;
  if (!y || !m || !d || !number || !new RegExp(`nr\\.? ?${number}\\b`).test(written)) return false;
  const day = Number(d);
  const dates = [`${d}.${m}.${y}`, `${day}.${Number(m)}.${y}`, `${day}. ${MONTH_NAMES[Number(m) - 1]} ${y}`];
  return dates.some((date) => written.includes(date));
}

const letterMunicipalities = defineRule<Letter>({
  ...MUNICIPALITY_UNKNOWN,
  check: ({ doc }) =>
    unknownMunicipalities([[doc.recipient.municipalities, ['recipient', 'municipalities']]], doc.date),
});

/** § 8: the office the application went to (the directorate for a national trial) writes the letter. */
const letterAuthority = defineRule<Letter>({
  ...CASE_AUTHORITY_MISMATCH,
  check: ({ doc, context }) => {
    if (context.application)
      return wrongAuthority(doc.issuer, caseAuthority(context.application), ['issuer'], doc.date);
    // Without the application a county office is still judged by the recipient's municipalities (§ 7); whether
    // the directorate writes for a national trial is the application's to say.
    if (doc.issuer.kind !== 'county-office') return NOT_CHECKED;
    const elsewhere = outsideOffice(doc.recipient.municipalities, doc.issuer.countyOfficeId, doc.date);
    if (elsewhere === NOT_CHECKED) return NOT_CHECKED;
    const office = elsewhere[0]?.office ?? doc.issuer.countyOfficeId;
    return wrongAuthority(
      doc.issuer,
      { kind: 'county-office', countyOfficeId: office },
      ['issuer'],
      doc.date,
    );
  },
});

const noAppealStatement = defineRule<Letter>({
  code: 'LETTER_NO_APPEAL_STATEMENT',
  source: '§ 9',
  summary: 'Brevet sier at tildeling og avslag ikke er enkeltvedtak og ikke kan påklages.',
  messages: {
    nb: () =>
      'Brevet må si at avgjørelsen ikke er enkeltvedtak etter forvaltningsloven og at det ikke er klagerett (§ 9)',
    nn: () =>
      'Brevet må seie at avgjerda ikkje er enkeltvedtak etter forvaltningslova og at det ikkje er klagerett (§ 9)',
  },
  check: ({ doc }) => (statesNoAppeal(doc.noAppealStatement) ? [] : [at(['noAppealStatement'])]),
});

const legalBasis = defineRule<Letter>({
  code: 'LETTER_LEGAL_BASIS',
  source: 'Ordningens forskrift',
  summary: 'Brevet viser til forskriften for ordningen det gjelder.',
  needs: ['call'],
  messages: {
    nb: (p) => `Hjemmelen må være forskriften for ordningen (${p.expected})`,
    nn: (p) => `Heimelen må vere forskrifta for ordninga (${p.expected})`,
  },
  check: ({ doc, call }) => {
    const regulation = call && SCHEMES[call.schemeId].regulation;
    // A scheme whose regulation the sources do not name (kommunalt rusarbeid) cannot be judged, only listed.
    if (!regulation) return NOT_CHECKED;
    return citesRegulation(doc.legalBasis.regulationId, regulation.id)
      ? []
      : [at(['legalBasis', 'regulationId'], { expected: regulation.id })];
  },
});

const grantSplit = defineRule<GrantLetter>({
  code: 'GRANT_TOTAL_MISMATCH',
  source: '§ 8',
  summary: 'Tilskuddet er summen av beløpet til stillinger og kompetansemidler.',
  messages: {
    nb: (p) => `Tilskuddet ${p.amount} er ikke summen av stillinger og kompetansemidler (${p.sum})`,
    nn: (p) => `Tilskotet ${p.amount} er ikkje summen av stillingar og kompetansemidlar (${p.sum})`,
  },
  check: ({ doc }) => {
    const sum = doc.grantedPositions + doc.grantedCompetenceFunds;
    return sum === doc.amount ? [] : [at(['amount'], { amount: formatNok(doc.amount), sum: formatNok(sum) })];
  },
});

const grantCompetenceFunds = defineRule<GrantLetter>({
  code: 'GRANT_COMPETENCE_FUNDS_NOT_ALLOWED',
  limit: 'amount',
  source: 'Utlysningen',
  summary: 'Kompetansemidler gis bare når utlysningen har dem, og innenfor beløpet per tiltak.',
  needs: ['call'],
  messages: {
    nb: (p) => `Kompetansemidler ${p.amount} er mer enn utlysningen for ${p.year} tillater (${p.cap})`,
    nn: (p) => `Kompetansemidlar ${p.amount} er meir enn utlysinga for ${p.year} tillèt (${p.cap})`,
  },
  check: ({ doc, call }) => {
    if (!call) return [];
    const cap = call.competenceFunds.status === 'none' ? 0 : call.competenceFunds.maxPerMeasure;
    if (cap === undefined) return doc.grantedCompetenceFunds > 0 ? NOT_CHECKED : [];
    return doc.grantedCompetenceFunds > cap
      ? [
          at(['grantedCompetenceFunds'], {
            amount: formatNok(doc.grantedCompetenceFunds),
            cap: formatNok(cap),
            year: call.year,
          }),
        ]
      : [];
  },
});

const grantPeriod = defineRule<GrantLetter>({
  code: 'GRANT_PERIOD_OVER_ONE_YEAR',
  limit: 'date',
  source: '§ 5 (tilskudd gis for ett år av gangen)',
  summary: 'Tilskuddsperioden er høyst utlysningens periode (ett år) og slutter etter at den begynner.',
  needs: ['call'],
  messages: {
    nb: (p) => `Tilskuddsperioden må slutte etter at den begynner og senest ${p.last}`,
    nn: (p) => `Tilskotsperioden må slutte etter at han byrjar og seinast ${p.last}`,
  },
  check: ({ doc, call }) => {
    if (!call) return [];
    const last = periodEnd(doc.period.from, call.grantPeriodMonths);
    return doc.period.to < doc.period.from || doc.period.to > last ? [at(['period', 'to'], { last })] : [];
  },
});

const reportingDeadline = defineRule<GrantLetter>({
  code: 'GRANT_REPORTING_DEADLINE_MISMATCH',
  source: '§ 11 og utlysningen (frist for status- og regnskapsrapportering)',
  summary:
    'Rapporteringsfristen i brevet er utlysningens frist for årets tilskudd; et brev om nasjonalt forsøk kan sette sin egen (§ 11 siste ledd).',
  needs: ['call'],
  // § 11, last paragraph: a national trial's letter may set its own reporting requirements and deadline.
  when: ({ doc }) => doc.issuer.kind !== 'directorate',
  messages: {
    nb: (p) => `Rapporteringsfristen skal være utlysningens frist ${p.expected}`,
    nn: (p) => `Rapporteringsfristen skal vere fristen ${p.expected} i utlysinga`,
  },
  check: ({ doc, call }) => {
    const expected = call?.reportingDeadline?.date;
    if (!expected) return NOT_CHECKED;
    return doc.reportingDeadline !== expected ? [at(['reportingDeadline'], { expected })] : [];
  },
});

const acceptanceDeadline = defineRule<GrantLetter>({
  code: 'GRANT_ACCEPTANCE_DEADLINE',
  limit: 'date',
  source: '§ 10',
  summary: 'Fristen for å returnere bekreftelsen er etter brevdatoen.',
  messages: {
    nb: () => 'Fristen for bekreftelsen må være etter brevdatoen',
    nn: () => 'Fristen for stadfestinga må vere etter brevdatoen',
  },
  check: ({ doc }) => (doc.acceptance.deadline <= doc.date ? [at(['acceptance', 'deadline'])] : []),
});

/** Shared by the letter and the decision: neither may grant more than was applied for. */
const EXCEEDS_REQUESTED = {
  code: 'GRANT_EXCEEDS_REQUESTED',
  limit: 'amount' as const,
  source: '§ 7 (søknadsbeløp)',
  summary: 'Tilskuddet er ikke større enn det søknaden ba om.',
  needs: ['application'] as const,
  messages: {
    nb: (p: Params) => `Tilskuddet ${p.amount} er større enn søkt beløp ${p.requested}`,
    nn: (p: Params) => `Tilskotet ${p.amount} er større enn søkt beløp ${p.requested}`,
  } satisfies RuleMessages,
};

const grantExceedsRequested = defineRule<GrantLetter>({
  ...EXCEEDS_REQUESTED,
  check: ({ doc, context }) => overRequested(doc.amount, context.application, ['amount']),
});

function overRequested(amount: number, application: Application | undefined, path: PathSegment[]): Finding[] {
  if (!application) return [];
  const requested = budgetTotals(application.budget).requestedGrant;
  return amount > requested ? [at(path, { amount: formatNok(amount), requested: formatNok(requested) })] : [];
}

export const GRANT_LETTER_RULES = [
  noAppealStatement,
  legalBasis,
  letterMunicipalities,
  letterAuthority,
  grantSplit,
  grantCompetenceFunds,
  grantPeriod,
  reportingDeadline,
  acceptanceDeadline,
  grantExceedsRequested,
];

export const REJECTION_LETTER_RULES = [noAppealStatement, legalBasis, letterMunicipalities, letterAuthority];

/** § 8 and § 11: a continuation is granted only with last year's report and accounts, in by the deadline. */
const decisionContinuationWithoutReport = defineRule<CaseDecision>({
  code: 'DECISION_CONTINUATION_WITHOUT_REPORT',
  limit: 'date',
  source: '§ 8 og § 11',
  summary:
    'En videreføring innvilges ikke uten fjorårets statusrapport og regnskap, sendt inn innen fristen; for sent er som manglende.',
  needs: ['application', 'previousStatusReport'],
  // Whether the case is a continuation is the application's to say; without it the rule cannot be judged.
  when: ({ doc, context }) => doc.outcome.result === 'granted' && context.application?.kind !== 'new',
  messages: {
    nb: (p) => `En videreføring kan ikke innvilges: ${LAST_YEARS_REPORT.nb(p).toLowerCase()} (§ 8, § 11)`,
    nn: (p) => `Ei vidareføring kan ikkje innvilgast: ${LAST_YEARS_REPORT.nn(p).toLowerCase()} (§ 8, § 11)`,
  },
  check: ({ context }) => {
    const continuation = context.application?.continuation;
    if (!continuation) return [];
    const problem = lastYearsReportProblem(continuation, context.previousStatusReport ?? null);
    if (problem === NOT_CHECKED) return NOT_CHECKED;
    return problem ? [at(['outcome', 'result'], problem)] : [];
  },
});

const decisionAuthority = defineRule<CaseDecision>({
  ...CASE_AUTHORITY_MISMATCH,
  needs: ['application'],
  check: ({ doc, context }) =>
    context.application
      ? wrongAuthority(doc.decidedBy, caseAuthority(context.application), ['decidedBy'], doc.decidedOn)
      : [],
});

const decisionExceedsRequested = defineRule<CaseDecision>({
  ...EXCEEDS_REQUESTED,
  // A rejection grants nothing, so there is nothing to compare with the application.
  when: ({ doc }) => doc.outcome.result === 'granted',
  check: ({ doc, context }) =>
    doc.outcome.result === 'granted'
      ? overRequested(doc.outcome.amount, context.application, ['outcome', 'amount'])
      : [],
});

export const CASE_DECISION_RULES = [
  decisionContinuationWithoutReport,
  decisionExceedsRequested,
  decisionAuthority,
];
