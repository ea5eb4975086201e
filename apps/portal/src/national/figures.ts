import type { Schemas } from '@sosialtilskudd/api-client';
import { type CaseState, findCall } from '@sosialtilskudd/domain';

type Summary = Schemas['ApplicationSummary'];
type CaseFile = Schemas['CaseFile'];

/** One case as the national view counts it (§ 11 copy, § 12 control, § 14 evaluation). */
export interface CaseFigures {
  id: string;
  caseNumber: string | null;
  measureName: string;
  applicantName: string;
  /** The county office's id, or `directorate` for a national trial. */
  authorityId: string;
  year: number;
  state: CaseState;
  priorityAreas: readonly string[];
  requested: number;
  /** What the decision granted; null when nothing was granted. */
  granted: number | null;
  paid: number;
  /** A status report for the grant year, or the final report, has come in. */
  reported: boolean;
  repaymentClaimed: number;
  /** What the county office let the measure move to the next year (§ 10). */
  transferred: number;
  /** The grant letter's deadline for the status report (§ 11), when a grant letter was issued. */
  reportingDeadline: string | null;
}

/** The figures of a submitted case, from its summary, its application's priority areas and its documents. */
export function caseFigures(
  summary: Summary,
  priorityAreas: readonly string[],
  documents: CaseFile,
): CaseFigures {
  const year = findCall(summary.callId)?.year ?? 0;
  const outcome = documents.decision?.document.outcome;
  const letter = documents.letter?.document;
  const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
  return {
    id: summary.id,
    caseNumber: summary.caseNumber,
    measureName: summary.measureName,
    applicantName: summary.applicantName,
    authorityId:
      summary.authority.kind === 'county-office' ? summary.authority.countyOfficeId : 'directorate',
    year,
    state: summary.state,
    priorityAreas,
    requested: summary.requestedGrant,
    granted: outcome?.result === 'granted' ? outcome.amount : null,
    paid: sum(documents.payments.map((p) => p.document.amount)),
    reported:
      documents.finalReport !== null ||
      documents.statusReports.some((r) => r.document.reportingYear === year),
    repaymentClaimed: sum(documents.repaymentClaims.map((c) => c.document.amount)),
    transferred: sum(documents.transferRequests.map((r) => r.document.decision?.approvedAmount ?? 0)),
    reportingDeadline: letter?.documentType === 'grant-letter' ? letter.reportingDeadline : null,
  };
}

export interface Totals {
  applications: number;
  requested: number;
  grants: number;
  granted: number;
  paid: number;
  reported: number;
  repaymentClaimed: number;
  transferred: number;
}

export const TOTAL_KEYS = [
  'applications',
  'requested',
  'grants',
  'granted',
  'paid',
  'reported',
  'repaymentClaimed',
  'transferred',
] as const satisfies readonly (keyof Totals)[];

/** Which totals are amounts in kroner (the others count cases). */
export const AMOUNT_KEYS: ReadonlySet<keyof Totals> = new Set([
  'requested',
  'granted',
  'paid',
  'repaymentClaimed',
  'transferred',
]);

export function totalsOf(cases: readonly CaseFigures[]): Totals {
  const totals: Totals = {
    applications: 0,
    requested: 0,
    grants: 0,
    granted: 0,
    paid: 0,
    reported: 0,
    repaymentClaimed: 0,
    transferred: 0,
  };
  for (const c of cases) {
    totals.applications += 1;
    totals.requested += c.requested;
    if (c.granted !== null) {
      totals.grants += 1;
      totals.granted += c.granted;
    }
    totals.paid += c.paid;
    if (c.reported) totals.reported += 1;
    totals.repaymentClaimed += c.repaymentClaimed;
    totals.transferred += c.transferred;
  }
  return totals;
}

export const yearsOf = (cases: readonly CaseFigures[]): number[] =>
  [...new Set(cases.map((c) => c.year))].sort((a, b) => b - a);

/** Groups of cases by a key, each with its totals, in the order of `order` (keys without cases are left out). */
export function grouped<K extends string | number>(
  cases: readonly CaseFigures[],
  keysOf: (c: CaseFigures) => readonly K[],
  order: readonly K[],
): { key: K; cases: CaseFigures[]; totals: Totals }[] {
  return order.flatMap((key) => {
    const members = cases.filter((c) => keysOf(c).includes(key));
    return members.length === 0 ? [] : [{ key, cases: members, totals: totalsOf(members) }];
  });
}

/**
 * Granted measures whose status report is overdue: the grant letter's deadline has passed (`today` is an Oslo
 * date) and neither a status report for the year nor a final report has come in (§ 11, § 12).
 */
export function overdueReports(cases: readonly CaseFigures[], today: string): CaseFigures[] {
  return cases
    .filter(
      (c) =>
        (c.state === 'accepted' || c.state === 'paid') &&
        !c.reported &&
        c.reportingDeadline !== null &&
        c.reportingDeadline < today,
    )
    .sort((a, b) => (a.reportingDeadline ?? '').localeCompare(b.reportingDeadline ?? ''));
}
