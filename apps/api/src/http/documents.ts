import {
  type DocumentOf,
  type DocumentType,
  type RuleContext,
  validateDocument,
} from '@sosialtilskudd/domain';
import { invalidDocument, toIssues } from './problems.js';

/** A body that must pass the schema and every rule of its type, with the case's history as context. */
export function validDocument<T extends DocumentType>(
  body: unknown,
  type: T,
  context?: RuleContext,
): DocumentOf<T> {
  const result = validateDocument(body, { type, ...(context ? { context } : {}) });
  if (!result.ok || result.value === undefined) throw invalidDocument(toIssues(result.issues));
  return result.value;
}

/** A body with the document's structure; rule findings (a cap exceeded, say) are left for later. */
export function wellFormed<T extends DocumentType>(body: unknown, type: T): DocumentOf<T> {
  const result = validateDocument(body, { type });
  if (result.value === undefined) throw invalidDocument(toIssues(result.issues));
  return result.value;
}

/** A draft must have the document's structure; rule findings wait until submission. */
export const draftDocument = (body: unknown) => wellFormed(body, 'application');
