import type { Call } from '../calls/call.js';
import { type Deadline, isOnTime } from '../calls/deadline.js';
import { periodEnd, yearEnd } from '../dates.js';
import { budgetLines } from '../documents/budget.js';
import type { Accounts, AccountsLine, FinalReport, StatusReport } from '../documents/reports.js';
import { GOAL_CRITERIA } from '../reference/criteria.js';
import { ATTACHMENT_RULES } from './attachment-rules.js';
import type { RuleContext } from './context.js';
import { formatNok, type PathSegment } from './issue.js';
import { repeated } from './repeats.js';
import { at, defineRule, type Finding, NOT_CHECKED } from './rule.js';
import { SIGNING_RULES } from './signing-rules.js';

type Report = StatusReport | FinalReport;

interface AccountsView {
  accounts: Accounts;
  path: PathSegment[];
  unused: { transferRequested: number; toBeRepaid: number };
  unusedPath: PathSegment[];
}

/** Where a report keeps its accounts: status reports only when the measure has started. */
function accountsOf(doc: Report): AccountsView | undefined {
  if (doc.documentType === 'final-report')
    return {
      accounts: doc.accounts,
      path: ['accounts'],
      unused: doc.unusedFunds,
      unusedPath: ['unusedFunds'],
    };
  if (doc.report.status !== 'started') return undefined;
  return {
    accounts: doc.report.accounts,
    path: ['report', 'accounts'],
    unused: doc.report.unusedFunds,
    unusedPath: ['report', 'unusedFunds'],
  };
}

const accountsDate = defineRule<Report>({
  code: 'REPORT_ACCOUNTS_DATE',
  source: '§ 11 (regnskap pr. 31. desember)',
  summary:
    'Regnskapet i en statusrapport er per 31. desember i rapporteringsåret; i en sluttrapport per tiltakets siste dag eller 31. desember samme år.',
  messages: {
    nb: (p) => `Regnskapet skal være per ${p.expected}`,
    nn: (p) => `Rekneskapen skal vere per ${p.expected}`,
  },
  check: ({ doc }) => {
    const view = accountsOf(doc);
    if (!view) return [];
    const asOf = view.accounts.asOf;
    if (doc.documentType === 'status-report') {
      const expected = yearEnd(doc.reportingYear);
      return asOf === expected ? [] : [at([...view.path, 'asOf'], { expected })];
    }
    const end = doc.period.to;
    const expected = yearEnd(Number(end.slice(0, 4)));
    return asOf === end || asOf === expected
      ? []
      : [at([...view.path, 'asOf'], { expected: `${end} eller ${expected}` })];
  },
});

const reportYear = defineRule<StatusReport>({
  code: 'REPORT_YEAR_MISMATCH',
  source: '§ 11 (årlig statusrapport)',
  summary: 'Statusrapporten gjelder året tilskuddet ble gitt for.',
  needs: ['call'],
  messages: {
    nb: (p) => `Statusrapporten for tilskuddet fra ${p.year} skal gjelde ${p.year}`,
    nn: (p) => `Statusrapporten for tilskotet frå ${p.year} skal gjelde ${p.year}`,
  },
  check: ({ doc, call }) =>
    call && doc.reportingYear !== call.year ? [at(['reportingYear'], { year: call.year })] : [],
});

const reportAfterDeadline = defineRule<Report>({
  code: 'REPORT_AFTER_DEADLINE',
  limit: 'date',
  source:
    '§ 11 og utlysningen (frist for status- og regnskapsrapportering), eller tilskuddsbrevet for nasjonale forsøk',
  summary:
    'Statusrapporten er sendt inn innen rapporteringsfristen: tilskuddsbrevets når det er kjent, ellers utlysningens; et nasjonalt forsøk har brevets egen frist (§ 11 siste ledd).',
  needs: ['call'],
  when: ({ doc }) => doc.documentType === 'status-report' && doc.submittedAt !== undefined,
  messages: {
    nb: (p) =>
      `Rapporten kom inn etter fristen ${p.deadline}; manglende rapportering innen fristen medfører avslag på ny søknad (§ 11)`,
    nn: (p) =>
      `Rapporten kom inn etter fristen ${p.deadline}; manglande rapportering innan fristen fører til avslag på ny søknad (§ 11)`,
  },
  check: ({ doc, call, context }) => {
    if (!doc.submittedAt) return [];
    const deadline = reportingDeadline(call, context);
    if (!deadline) return NOT_CHECKED;
    return isOnTime(doc.submittedAt, deadline) ? [] : [at(['submittedAt'], { deadline: deadline.date })];
  },
});

/**
 * The deadline a report is held to: the one in the grant letter the recipient has (for an ordinary grant it is
 * the call's, GRANT_REPORTING_DEADLINE_MISMATCH sees to that), else the call's. A national trial's letter sets its
 * own (§ 11, last paragraph), so without the letter its deadline is not known.
 */
function reportingDeadline(call: Call | undefined, context: RuleContext): Deadline | undefined {
  if (context.grantLetter) return { date: context.grantLetter.reportingDeadline, timeZone: 'Europe/Oslo' };
  if (context.application?.nationalTrialId !== undefined) return undefined;
  return call?.reportingDeadline;
}

const notStartedTransfer = defineRule<StatusReport>({
  code: 'REPORT_NOT_STARTED_TRANSFER_MISMATCH',
  source: '§ 10 og § 11 (kort rapport når alle midler er overført)',
  summary: 'Når tiltaket ikke har startet, søkes hele det mottatte tilskuddet overført.',
  messages: {
    nb: (p) => `Når tiltaket ikke har startet, skal hele tilskuddet (${p.expected}) søkes overført`,
    nn: (p) => `Når tiltaket ikkje har starta, skal heile tilskotet (${p.expected}) søkjast overført`,
  },
  check: ({ doc }) =>
    doc.report.status === 'not-started' && doc.report.transferRequested !== doc.report.grantReceived
      ? [at(['report', 'transferRequested'], { expected: formatNok(doc.report.grantReceived) })]
      : [],
});

const grantSpentExceedsCosts = defineRule<Report>({
  code: 'ACCOUNTS_GRANT_SPENT_INVALID',
  limit: 'amount',
  source: '§ 11 (eget prosjektregnskap)',
  summary:
    'Det som er ført mot tilskuddet, er ikke mer enn kostnadene og ikke mer enn tilgjengelige tilskuddsmidler.',
  messages: {
    nb: (p) => `Ført mot tilskuddet (${p.spent}) kan ikke være mer enn ${p.limit}`,
    nn: (p) => `Ført mot tilskotet (${p.spent}) kan ikkje vere meir enn ${p.limit}`,
  },
  check: ({ doc }) => {
    const view = accountsOf(doc);
    if (!view) return [];
    const a = view.accounts;
    const costs = a.lines.reduce((s, l) => s + l.actual, 0);
    const available = a.grantReceived + a.transferredFromPreviousYear;
    const limit = Math.min(costs, available);
    return a.grantSpent > limit
      ? [at([...view.path, 'grantSpent'], { spent: formatNok(a.grantSpent), limit: formatNok(limit) })]
      : [];
  },
});

const unusedFunds = defineRule<Report>({
  code: 'REPORT_UNUSED_FUNDS_MISMATCH',
  source: '§ 10 (ubenyttede midler overføres eller tilbakebetales)',
  summary:
    'Ubenyttede midler (mottatt + overført − ført mot tilskuddet) er fordelt på overføring og tilbakebetaling.',
  messages: {
    nb: (p) => `Søkt overført og tilbakebetalt må til sammen være de ubenyttede midlene ${p.unused}`,
    nn: (p) => `Søkt overført og tilbakebetalt må til saman vere dei ubrukte midlane ${p.unused}`,
  },
  check: ({ doc }) => {
    const view = accountsOf(doc);
    if (!view) return [];
    const a = view.accounts;
    const unused = Math.max(0, a.grantReceived + a.transferredFromPreviousYear - a.grantSpent);
    return view.unused.transferRequested + view.unused.toBeRepaid === unused
      ? []
      : [at(view.unusedPath, { unused: formatNok(unused) })];
  },
});

const duplicateAccountsLine = defineRule<Report>({
  code: 'ACCOUNTS_DUPLICATE_LINE',
  source: '§ 11 (regnskap skal kunne sammenlignes med budsjett)',
  summary: 'Hver budsjettlinje står én gang i regnskapet.',
  messages: {
    nb: (p) => `Budsjettlinjen «${p.id}» står flere ganger i regnskapet`,
    nn: (p) => `Budsjettlina «${p.id}» står fleire gonger i rekneskapen`,
  },
  check: ({ doc }) => {
    const view = accountsOf(doc);
    if (!view) return [];
    return repeated(view.accounts.lines, (l) => l.budgetLineId).map(({ item, index }) =>
      at([...view.path, 'lines', index, 'budgetLineId'], { id: item.budgetLineId }),
    );
  },
});

/** § 11: accounts are compared with the approved budget line by line. */
const accountsComparable = defineRule<Report>({
  code: 'ACCOUNTS_NOT_COMPARABLE',
  source: '§ 11 (regnskap skal kunne sammenlignes med budsjett)',
  summary: 'Regnskapet har nøyaktig budsjettets linjer, med budsjettbeløpene fra det godkjente budsjettet.',
  needs: ['application'],
  // A short report of a measure that has not started has no accounts to compare.
  when: ({ doc }) => accountsOf(doc) !== undefined,
  messages: {
    nb: (p) =>
      p.problem === 'unknown'
        ? `«${p.id}» er ikke en linje i budsjettet`
        : p.problem === 'missing'
          ? `Budsjettlinjen «${p.id}» mangler i regnskapet`
          : `Budsjettert beløp for «${p.id}» skal være ${p.expected} som i budsjettet`,
    nn: (p) =>
      p.problem === 'unknown'
        ? `«${p.id}» er ikkje ei line i budsjettet`
        : p.problem === 'missing'
          ? `Budsjettlina «${p.id}» manglar i rekneskapen`
          : `Budsjettert beløp for «${p.id}» skal vere ${p.expected} som i budsjettet`,
  },
  check: ({ doc, context }) => {
    const view = accountsOf(doc);
    if (!view || !context.application) return [];
    const planned = budgetLines(context.application.budget);
    const lines = view.accounts.lines;
    const findings: Finding[] = [];
    const amountWrong = (i: number, expected: number) =>
      findings.push(
        at([...view.path, 'lines', i, 'budgeted'], {
          problem: 'amount',
          id: (lines[i] as AccountsLine).budgetLineId,
          expected: formatNok(expected),
        }),
      );
    // Accounts made from the budget follow it line by line: compared in step, without a lookup per line.
    let i = 0;
    for (const end = Math.min(lines.length, planned.length); i < end; i++) {
      const line = lines[i] as AccountsLine;
      const budgetLine = planned[i] as (typeof planned)[number];
      if (line.budgetLineId !== budgetLine.id) break;
      if (line.budgeted !== budgetLine.amount) amountWrong(i, budgetLine.amount);
    }
    if (i === lines.length && i === planned.length) return findings;
    // From the first line out of step on, by id; the budget's line ids are unique (BUDGET_DUPLICATE_LINE_ID).
    const amounts = new Map(planned.map((l) => [l.id, l.amount]));
    const reported = new Set(planned.slice(0, i).map((l) => l.id));
    for (; i < lines.length; i++) {
      const line = lines[i] as AccountsLine;
      reported.add(line.budgetLineId);
      const amount = amounts.get(line.budgetLineId);
      if (amount === undefined)
        findings.push(
          at([...view.path, 'lines', i, 'budgetLineId'], { problem: 'unknown', id: line.budgetLineId }),
        );
      else if (amount !== line.budgeted) amountWrong(i, amount);
    }
    for (const { id } of planned)
      if (!reported.has(id)) findings.push(at([...view.path, 'lines'], { problem: 'missing', id }));
    return findings;
  },
});

const duplicateCriterion = defineRule<Report>({
  code: 'REPORT_CRITERION_DUPLICATE',
  source: '§ 3',
  summary: 'Hvert kriterium for måloppnåelse vurderes én gang.',
  messages: {
    nb: (p) => `Kriteriet «${p.criterion}» er vurdert flere ganger`,
    nn: (p) => `Kriteriet «${p.criterion}» er vurdert fleire gonger`,
  },
  check: ({ doc }) => {
    const list =
      doc.documentType === 'final-report'
        ? doc.goalAchievement
        : doc.report.status === 'started'
          ? doc.report.goalAchievement
          : [];
    const base: PathSegment[] =
      doc.documentType === 'final-report' ? ['goalAchievement'] : ['report', 'goalAchievement'];
    return repeated(list, (a) => a.criterion).map(({ item, index }) =>
      at([...base, index, 'criterion'], { criterion: GOAL_CRITERIA[item.criterion] }),
    );
  },
});

/** § 11: goal achievement is reported «i henhold til relevante kriterier»: the relevant ones, not all eight. */
const finalCriteriaMissing = defineRule<FinalReport>({
  code: 'FINAL_REPORT_CRITERION_MISSING',
  limit: 'count',
  source: '§ 3 og § 11 (måloppnåelse i henhold til relevante kriterier)',
  summary:
    'Sluttrapporten vurderer måloppnåelse mot minst ett kriterium i § 3 som er relevant for tiltaket; ikke alle må vurderes.',
  messages: {
    nb: () => 'Sluttrapporten må vurdere måloppnåelse mot minst ett relevant kriterium i § 3 (§ 11)',
    nn: () => 'Sluttrapporten må vurdere måloppnåing mot minst eitt relevant kriterium i § 3 (§ 11)',
  },
  check: ({ doc }) =>
    doc.goalAchievement.some((a) => a.achievement !== 'not-relevant') ? [] : [at(['goalAchievement'])],
});

/** § 10: unused funds move to a next year of the measure; where it has none, they are repaid. */
const transferBeyondMeasure = defineRule<Report>({
  code: 'REPORT_TRANSFER_BEYOND_MEASURE',
  limit: 'date',
  source: '§ 10 (ubenyttede midler overføres til neste år eller tilbakebetales)',
  summary:
    'Ubenyttede midler søkes ikke overført til et år tiltaket ikke har: i sluttrapporten, eller når tiltaket slutter i rapporteringsåret, tilbakebetales de.',
  messages: {
    nb: (p) => `Tiltaket ${p.why}; ubenyttede midler kan ikke overføres, de skal tilbakebetales (§ 10)`,
    nn: (p) => `Tiltaket ${p.whyNn}; ubrukte midlar kan ikkje overførast, dei skal betalast tilbake (§ 10)`,
  },
  check: ({ doc, context }) => {
    const asked = transferRequestedIn(doc);
    if (!asked || asked.amount === 0) return [];
    if (doc.documentType === 'final-report')
      return [at(asked.path, { why: 'er avsluttet', whyNn: 'er avslutta' })];
    const end = context.application?.measure.plannedEndDate;
    // Whether the measure has a next year is the application's to say.
    if (end === undefined) return NOT_CHECKED;
    return end <= yearEnd(doc.reportingYear)
      ? [at(asked.path, { why: `slutter ${end}`, whyNn: `sluttar ${end}` })]
      : [];
  },
});

/** What a report asks to move to next year, and where. */
function transferRequestedIn(doc: Report): { amount: number; path: PathSegment[] } | undefined {
  if (doc.documentType === 'final-report')
    return { amount: doc.unusedFunds.transferRequested, path: ['unusedFunds', 'transferRequested'] };
  return doc.report.status === 'started'
    ? {
        amount: doc.report.unusedFunds.transferRequested,
        path: ['report', 'unusedFunds', 'transferRequested'],
      }
    : { amount: doc.report.transferRequested, path: ['report', 'transferRequested'] };
}

const finalPeriod = defineRule<FinalReport>({
  code: 'MEASURE_OVER_MAX_MONTHS',
  limit: 'date',
  source: '§ 5 og utlysningen (inntil 36 måneder til samme tiltak)',
  summary: 'Tiltakets periode i sluttrapporten er ikke lengre enn utlysningens største antall måneder.',
  needs: ['call'],
  messages: {
    nb: (p) => `Tiltaket kan vare i høyst ${p.max} måneder fra oppstart`,
    nn: (p) => `Tiltaket kan vare i høgst ${p.max} månader frå oppstart`,
  },
  check: ({ doc, call }) => {
    const max = call?.maxMonthsPerMeasure;
    if (max === undefined) return [];
    return doc.period.to > periodEnd(doc.period.from, max) || doc.period.to < doc.period.from
      ? [at(['period', 'to'], { max })]
      : [];
  },
});

const ACCOUNTS_RULES = [
  transferBeyondMeasure,
  accountsDate,
  grantSpentExceedsCosts,
  unusedFunds,
  duplicateAccountsLine,
  accountsComparable,
  duplicateCriterion,
];

export const STATUS_REPORT_RULES = [
  ...ACCOUNTS_RULES,
  reportYear,
  reportAfterDeadline,
  notStartedTransfer,
  ...SIGNING_RULES,
  ...ATTACHMENT_RULES,
];
export const FINAL_REPORT_RULES = [
  ...ACCOUNTS_RULES,
  finalCriteriaMissing,
  finalPeriod,
  ...SIGNING_RULES,
  ...ATTACHMENT_RULES,
];
