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
  return checkedDocument(body, type, context).document;
}

/** A valid document, with the rules it could not be judged by for lack of history (`notChecked`). */
export function checkedDocument<T extends DocumentType>(
  body: unknown,
  type: T,
  context?: RuleContext,
): { document: DocumentOf<T>; notChecked: string[] } {
  const result = validateDocument(body, { type, ...(context ? { context } : {}) });
  if (!result.ok || result.value === undefined) throw invalidDocument(toIssues(result.issues));
  return { document: result.value, notChecked: result.notChecked };
}

/** A body with the document's structure; rule findings (a cap exceeded, say) are left for later. */
export function wellFormed<T extends DocumentType>(body: unknown, type: T): DocumentOf<T> {
  const result = validateDocument(body, { type });
  if (result.value === undefined) throw invalidDocument(toIssues(result.issues));
  return result.value;
}
