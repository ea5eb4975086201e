import {
  type DocumentOf,
  type DocumentType,
  type RuleContext,
  toPointer,
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

/** A draft must have the document's structure; rule findings wait until submission. */
export const draftDocument = (body: unknown) => wellFormed(body, 'application');

/** A small API body of exactly one text field, e.g. {"caseworker": "…"}, refused with the domain's codes. */
export function singleTextField(body: unknown, key: string, label: string, max = 200): string {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalidDocument([issue('INVALID_TYPE', '', `Forespørselen må være et objekt med ${key}`)]);
  const fields = body as Record<string, unknown>;
  const value = typeof fields[key] === 'string' ? fields[key].trim() : '';
  const issues = [
    ...(value && value.length <= max
      ? []
      : [issue('REQUIRED', toPointer([key]), `${label}: må fylles ut, høyst ${max} tegn`)]),
    ...Object.keys(fields)
      .filter((k) => k !== key)
      .map((k) => issue('UNKNOWN_FIELD', toPointer([k]), `Ukjent felt «${k}»`)),
  ];
  if (issues.length) throw invalidDocument(issues);
  return value;
}
