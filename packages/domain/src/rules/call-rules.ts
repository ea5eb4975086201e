import type { Call } from '../calls/call.js';
import { deadlineEnd } from '../calls/deadline.js';
import { at, defineRule } from './rule.js';

const reportingAfterApplication = defineRule<Call>({
  code: 'CALL_REPORTING_BEFORE_APPLICATION',
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

const priorityAreasPresent = defineRule<Call>({
  code: 'CALL_PRIORITY_AREAS_EMPTY',
  source: '§ 6 (prioriteringer framgår av kunngjøringen)',
  summary: 'Utlysningen har minst ett prioritert område.',
  messages: {
    nb: () => 'Utlysningen må ha minst ett prioritert område',
    nn: () => 'Utlysinga må ha minst eitt prioritert område',
  },
  check: ({ doc }) =>
    doc.priorityAreas.special.length + doc.priorityAreas.general.length === 0 ? [at(['priorityAreas'])] : [],
});

export const CALL_RULES = [reportingAfterApplication, priorityAreasPresent];
