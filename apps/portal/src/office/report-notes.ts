import { findCall } from '@sosialtilskudd/domain';
import type { CaseData } from '../cases/case-data.js';
import { formatDate } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { text } from '../i18n/texts.js';
import type { FollowUpType } from './follow-up-documents.js';
import { finalReportTiming, statusReportTiming } from './report-timing.js';

/**
 * Why a report cannot be sent now, in words — not due before a date, or its deadline passed — or undefined when
 * it can be (or has been) sent, or the document is not a report.
 */
export function reportNote(
  type: FollowUpType,
  data: CaseData,
  now: Date,
  language: Language,
): string | undefined {
  const date = (iso: string) => formatDate(iso, language);
  if (type === 'status-report') {
    const timing = statusReportTiming(data, now);
    const year = String(findCall(data.application.callId)?.year ?? '');
    if (timing.kind === 'early')
      return text('statusReportOpens', language, {
        year,
        opens: date(timing.opens),
        deadline: timing.deadline ? date(timing.deadline) : '–',
      });
    if (timing.kind === 'late')
      return text('statusReportLate', language, { year, deadline: date(timing.deadline) });
    return undefined;
  }
  if (type === 'final-report') {
    const timing = finalReportTiming(data, now);
    if (timing.kind === 'early')
      return text('finalReportOpens', language, {
        end: date(data.application.document.measure.plannedEndDate),
      });
  }
  return undefined;
}
