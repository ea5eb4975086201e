import { periodEnd } from '../dates.js';
import type { Application } from '../documents/application.js';
import { budgetTotals } from '../documents/budget.js';
import type { CaseDecision, GrantLetter, RejectionLetter } from '../documents/letters.js';
import { SCHEMES } from '../reference/schemes.js';
import { formatNok, type PathSegment } from './issue.js';
import { at, defineRule, type Finding, type Params, type RuleMessages } from './rule.js';

type Letter = GrantLetter | RejectionLetter;

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
  check: ({ doc }) =>
    /ikkj?e\s+enkeltvedtak/i.test(doc.noAppealStatement) && /ikkj?e\s+klagerett/i.test(doc.noAppealStatement)
      ? []
      : [at(['noAppealStatement'])],
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
    return regulation && doc.legalBasis.regulationId !== regulation.id
      ? [at(['legalBasis', 'regulationId'], { expected: regulation.id })]
      : [];
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
    return cap !== undefined && doc.grantedCompetenceFunds > cap
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
  summary: 'Rapporteringsfristen i brevet er utlysningens frist for årets tilskudd.',
  needs: ['call'],
  messages: {
    nb: (p) => `Rapporteringsfristen skal være utlysningens frist ${p.expected}`,
    nn: (p) => `Rapporteringsfristen skal vere fristen ${p.expected} i utlysinga`,
  },
  check: ({ doc, call }) => {
    const expected = call?.reportingDeadline?.date;
    return expected && doc.reportingDeadline !== expected ? [at(['reportingDeadline'], { expected })] : [];
  },
});

const acceptanceDeadline = defineRule<GrantLetter>({
  code: 'GRANT_ACCEPTANCE_DEADLINE',
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
  grantSplit,
  grantCompetenceFunds,
  grantPeriod,
  reportingDeadline,
  acceptanceDeadline,
  grantExceedsRequested,
];

export const REJECTION_LETTER_RULES = [noAppealStatement, legalBasis];

/** § 11: missing reporting by the deadline means rejection of a new application. */
const decisionContinuationWithoutReport = defineRule<CaseDecision>({
  code: 'DECISION_CONTINUATION_WITHOUT_REPORT',
  source: '§ 8 og § 11',
  summary: 'En videreføring innvilges ikke uten fjorårets statusrapport og regnskap.',
  needs: ['application', 'previousStatusReport'],
  when: ({ doc }) => doc.outcome.result === 'granted',
  messages: {
    nb: () =>
      'En videreføring kan ikke innvilges når fjorårets statusrapport og regnskap mangler (§ 8, § 11)',
    nn: () =>
      'Ei vidareføring kan ikkje innvilgast når statusrapporten og rekneskapen frå i fjor manglar (§ 8, § 11)',
  },
  check: ({ doc, context }) =>
    doc.outcome.result === 'granted' &&
    context.application?.kind === 'continuation' &&
    !context.previousStatusReport?.submittedAt
      ? [at(['outcome', 'result'])]
      : [],
});

const decisionExceedsRequested = defineRule<CaseDecision>({
  ...EXCEEDS_REQUESTED,
  check: ({ doc, context }) =>
    doc.outcome.result === 'granted'
      ? overRequested(doc.outcome.amount, context.application, ['outcome', 'amount'])
      : [],
});

export const CASE_DECISION_RULES = [decisionContinuationWithoutReport, decisionExceedsRequested];
