import { findCall, osloDate } from '@sosialtilskudd/domain';
import type { CaseData } from '../cases/case-data.js';

/**
 * Whether a report is due (§ 11): `open` — it can be sent now; `early` — not before `opens`; `late` — its
 * deadline has passed, and the API refuses it (REPORT_AFTER_DEADLINE); `sent`.
 */
export type ReportTiming =
  | { kind: 'open'; deadline?: string }
  | { kind: 'early'; opens: string; deadline?: string }
  | { kind: 'late'; deadline: string }
  | { kind: 'sent' };

/**
 * The status report on the grant's year: from 1 January after that year (the accounts are per 31 December) until
 * the reporting deadline — the grant letter's, else the call's.
 */
export function statusReportTiming(data: CaseData, now: Date): ReportTiming {
  const call = findCall(data.application.callId);
  const year = call?.year ?? Number(osloDate(now).slice(0, 4));
  if (data.documents.statusReports.some((r) => r.document.reportingYear === year)) return { kind: 'sent' };
  const letter = data.documents.letter?.document;
  const deadline =
    (letter?.documentType === 'grant-letter' ? letter.reportingDeadline : undefined) ??
    call?.reportingDeadline?.date;
  const today = osloDate(now);
  const opens = `${year + 1}-01-01`;
  if (today < opens) return { kind: 'early', opens, ...(deadline ? { deadline } : {}) };
  if (deadline && today > deadline) return { kind: 'late', deadline };
  return { kind: 'open', ...(deadline ? { deadline } : {}) };
}

/** The final report: once the measure has ended (its planned last day has passed), § 11 «ved avslutning». */
export function finalReportTiming(data: CaseData, now: Date): ReportTiming {
  if (data.documents.finalReport) return { kind: 'sent' };
  const end = data.application.document.measure.plannedEndDate;
  const opens = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return osloDate(now) < opens ? { kind: 'early', opens } : { kind: 'open' };
}
