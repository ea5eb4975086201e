import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { reference, slugOf } from './case-documents.js';

type AssessmentRecord = Schemas['AssessmentRecord'];

/**
 * What the assessment form starts from: the latest assessment of the case when there is one (a new assessment
 * supersedes it, so the caseworker changes what has changed), else nothing judged yet. The case, the
 * caseworker, the authority that handles the case and the day are filled in; the id is the case's next one.
 */
export function initialAssessment(
  application: Schemas['ApplicationCase'],
  history: readonly AssessmentRecord[],
  caseworker: string,
  now: Date,
): Record<string, unknown> {
  const latest = history[0]?.document;
  const judged = latest
    ? {
        criteria: latest.criteria,
        exclusions: latest.exclusions,
        priorityFit: latest.priorityFit,
        proposal: latest.proposal,
        summary: latest.summary,
      }
    : { criteria: {}, exclusions: {}, priorityFit: { areas: [] } };
  return {
    documentType: 'assessment',
    schemaVersion: 1,
    id: `vurdering-${slugOf(application.caseNumber ?? application.id)}-${history.length + 1}`,
    ...reference(application),
    assessedBy: { authority: application.authority, name: caseworker },
    assessedOn: osloDate(now),
    ...judged,
  };
}
