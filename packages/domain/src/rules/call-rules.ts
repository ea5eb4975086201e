import type { Call } from '../calls/call.js';
import { deadlineEnd } from '../calls/deadline.js';
import { at, defineRule } from './rule.js';

const reportingAfterApplication = defineRule<Call>({
  code: 'CALL_REPORTING_BEFORE_APPLICATION',
  limit: 'date',
  source: '§ 6 og § 11',
  summary: 'Rapporteringsfristen for årets tilskudd er etter søknadsfristen.',
  messages: {
    nb: () => 'Rapporteringsfristen må være etter søknadsfristen',
    nn: () => 'Rapporteringsfristen må vere etter søknadsfristen',
  },
  check: ({ doc }) =>
    doc.reportingDeadline && deadlineEnd(doc.reportingDeadline) <= deadlineEnd(doc.applicationDeadline)
      ? [at(['reportingDeadline'])]
      : [],
});

// § 6 says «eventuelle prioriteringer»: a call without priority areas is lawful, so none is required.
export const CALL_RULES = [reportingAfterApplication];
