import type { CaseReference } from '@sosialtilskudd/domain';
import { type Issue, invalidDocument, issue } from '../http/problems.js';
import type { ApplicationRow } from '../repository/rows.js';

const mismatch = (path: string, label: string, expected: string) =>
  issue('CASE_REFERENCE_MISMATCH', path, `${label}: gjelder ikke denne saken (skal være ${expected})`);

/** A follow-up document must name the case it is posted to. */
export function requireCaseReference(app: ApplicationRow, ref: CaseReference, at = '/case'): void {
  const issues: Issue[] = [];
  if (ref.caseNumber !== app.caseNumber)
    issues.push(mismatch(`${at}/caseNumber`, 'Saksnummer', app.caseNumber ?? '–'));
  if (ref.callId !== app.callId) issues.push(mismatch(`${at}/callId`, 'Utlysning', app.callId));
  if (ref.organisationNumber !== app.organisationNumber)
    issues.push(mismatch(`${at}/organisationNumber`, 'Organisasjonsnummer', app.organisationNumber));
  if (issues.length) throw invalidDocument(issues);
}

/**
 * A decision or letter names the application and its case. Who decides and writes is the domain's rule
 * (CASE_AUTHORITY_MISMATCH, § 8), judged with the application as context before this runs.
 */
export function requireDecisionReference(
  app: ApplicationRow,
  doc: { applicationId: string; caseNumber: string; callId: string },
): void {
  const issues: Issue[] = [];
  if (doc.applicationId !== app.document.id)
    issues.push(mismatch('/applicationId', 'Søknadens id', app.document.id));
  if (doc.caseNumber !== app.caseNumber)
    issues.push(mismatch('/caseNumber', 'Saksnummer', app.caseNumber ?? '–'));
  if (doc.callId !== app.callId) issues.push(mismatch('/callId', 'Utlysning', app.callId));
  if (issues.length) throw invalidDocument(issues);
}
