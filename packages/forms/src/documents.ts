import type { RJSFSchema } from '@rjsf/utils';
import type { DocumentType } from '@sosialtilskudd/domain';
import { FORM_LOADERS } from './generated/registry.js';
import type { PrecompiledForm } from './schema/precompiled.js';

/**
 * The documents people fill in: the Nav office's, and the county office's assessment of an application. Letters,
 * decisions and payments are written by the county office from what it has decided.
 */
export const FORM_DOCUMENT_TYPES = [
  'application',
  'acceptance',
  'status-report',
  'final-report',
  'transfer-request',
  'assessment',
] as const satisfies readonly DocumentType[];
export type FormDocumentType = (typeof FORM_DOCUMENT_TYPES)[number];

export function isFormDocumentType(value: unknown): value is FormDocumentType {
  return typeof value === 'string' && (FORM_DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** Calls with their own application schema (caps as `maximum`s) in `schemas/calls/`. */
export const CALLS_WITH_SCHEMA: readonly string[] = Object.keys(FORM_LOADERS)
  .filter((k) => k.startsWith('application--'))
  .map((k) => k.slice('application--'.length));

/** The key of the precompiled schema: an application under a known call uses that call's schema. */
export function formSchemaKey(type: FormDocumentType, callId?: string): string {
  if (type === 'application' && callId && CALLS_WITH_SCHEMA.includes(callId)) return `application--${callId}`;
  return type;
}

const loaded = new Map<string, PrecompiledForm>();
const loading = new Map<string, Promise<void>>();

/**
 * Loads a form's schema and precompiled validators: each form (and each call's application) is a module of its
 * own, so a bundle carries only the forms it renders. `DocumentForm` loads its form itself; call this before
 * `formSchema`, `formValidator`, `validateForm` or `createCustomValidate` for the same form.
 */
export function loadForm(type: FormDocumentType, callId?: string): Promise<void> {
  const key = formSchemaKey(type, callId);
  if (loaded.has(key)) return Promise.resolve();
  const load = FORM_LOADERS[key];
  if (!load) return Promise.reject(new RangeError(`Ingen skjema for ${type}`));
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (form) => {
        loaded.set(key, form);
      },
      (error: unknown) => {
        loading.delete(key); // a chunk that failed to arrive may arrive on the next try
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

export function isFormLoaded(type: FormDocumentType, callId?: string): boolean {
  return loaded.has(formSchemaKey(type, callId));
}

/** Makes forms available without loading them, keyed as `FORM_LOADERS`: for Node, which takes every form at once. */
export function provideForms(forms: Readonly<Record<string, PrecompiledForm>>): void {
  for (const [key, form] of Object.entries(forms)) loaded.set(key, form);
}

function entry(type: FormDocumentType, callId?: string): PrecompiledForm {
  const found = loaded.get(formSchemaKey(type, callId));
  if (found) return found;
  if (!isFormDocumentType(type)) throw new RangeError(`Ingen skjema for ${type}`);
  const args = callId ? `'${type}', '${callId}'` : `'${type}'`;
  throw new Error(`Skjemaet for ${type} er ikke lastet ennå: vent på loadForm(${args}) først`);
}

/** The committed JSON Schema (2020-12) of a document; for an application, the call's own schema when it has one. */
export function formSchema(type: FormDocumentType, callId?: string): RJSFSchema {
  return entry(type, callId).schema;
}

export function precompiledValidators(type: FormDocumentType, callId?: string) {
  return entry(type, callId).validators;
}
