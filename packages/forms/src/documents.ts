import type { RJSFSchema } from '@rjsf/utils';
import type { DocumentType } from '@sosialtilskudd/domain';
import { PRECOMPILED } from './generated/registry.js';

/** The documents a Nav office fills in. Letters, decisions and payments are written by the county office. */
export const FORM_DOCUMENT_TYPES = [
  'application',
  'acceptance',
  'status-report',
  'final-report',
  'transfer-request',
] as const satisfies readonly DocumentType[];
export type FormDocumentType = (typeof FORM_DOCUMENT_TYPES)[number];

export function isFormDocumentType(value: unknown): value is FormDocumentType {
  return typeof value === 'string' && (FORM_DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** Calls with their own application schema (caps as `maximum`s) in `schemas/calls/`. */
export const CALLS_WITH_SCHEMA: readonly string[] = Object.keys(PRECOMPILED)
  .filter((k) => k.startsWith('application--'))
  .map((k) => k.slice('application--'.length));

/** The key of the precompiled schema: an application under a known call uses that call's schema. */
export function formSchemaKey(type: FormDocumentType, callId?: string): string {
  if (type === 'application' && callId && CALLS_WITH_SCHEMA.includes(callId)) return `application--${callId}`;
  return type;
}

function entry(type: FormDocumentType, callId?: string) {
  const found = PRECOMPILED[formSchemaKey(type, callId)];
  if (!found) throw new Error(`Ingen skjema for ${type}`);
  return found;
}

/** The committed JSON Schema (2020-12) of a document; for an application, the call's own schema when it has one. */
export function formSchema(type: FormDocumentType, callId?: string): RJSFSchema {
  return entry(type, callId).schema;
}

export function precompiledValidators(type: FormDocumentType, callId?: string) {
  return entry(type, callId).validators;
}
