import { findCall } from '../calls/data.js';
import { isOnTime } from '../calls/deadline.js';
import type { Application } from '../documents/application.js';
import type { StatusReport } from '../documents/reports.js';
import type { Params } from './rule.js';
import { NOT_CHECKED } from './rule.js';

/**
 * § 8 and § 11: a continuation needs last year's status report and accounts, in by the reporting deadline of the
 * call last year's grant was given under; late is as bad as missing. `report` is what came in for last year's case
 * (null: nothing); a report of another case is not last year's. Undefined when the report was in on time, and
 * NOT_CHECKED when the data do not give last year's deadline.
 */
export function lastYearsReportProblem(
  continuation: NonNullable<Application['continuation']>,
  report: StatusReport | null,
): Params | undefined | typeof NOT_CHECKED {
  if (!report?.submittedAt || report.case.caseNumber !== continuation.previousCaseNumber) return { late: '' };
  const deadline = findCall(continuation.previousCallId)?.reportingDeadline;
  if (!deadline) return NOT_CHECKED;
  return isOnTime(report.submittedAt, deadline) ? undefined : { late: 'yes', deadline: deadline.date };
}

/** The messages for a missing or late report, shared by the application and the decision on it. */
export const LAST_YEARS_REPORT = {
  nb: (p: Params) =>
    p.late
      ? `Fjorårets statusrapport kom inn etter fristen ${p.deadline}`
      : 'Fjorårets statusrapport og regnskap mangler',
  nn: (p: Params) =>
    p.late
      ? `Statusrapporten frå i fjor kom inn etter fristen ${p.deadline}`
      : 'Statusrapporten og rekneskapen frå i fjor manglar',
};
