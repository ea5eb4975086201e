import {
  type DocumentOf,
  type DocumentType,
  type RuleContext,
  validateDocument,
} from '@sosialtilskudd/domain';
import { invalidDocument, issue, toIssues } from './problems.js';

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

/** A document without its signatures: what a client sends, since the server writes every signature (§ 7). */
export function unsigned<T extends object>(doc: T): Omit<T, 'signatures'> {
  const { signatures: _given, ...rest } = doc as T & { signatures?: unknown };
  return rest;
}

/**
 * A document as a client sends it: without signatures, which the server writes in its signing step (§ 7, § 10).
 * An empty list is the same as none and is not kept; `where` says in the refusal where signatures come from.
 */
export function withoutSignatures<T extends object>(doc: T, where: string): Omit<T, 'signatures'> {
  if ((doc as { signatures?: unknown[] }).signatures?.length)
    throw invalidDocument([issue('SIGNATURES_SET_BY_SERVER', '/signatures', `Signaturer: ${where}`)]);
  return unsigned(doc);
}
