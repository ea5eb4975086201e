import type { Attachment, DocumentFileType } from './transfer.js';

/** Where each document keeps its files (seed 003: the reports' on their accounts). */
export const REFERENCE_PATHS: Record<DocumentFileType, readonly string[]> = {
  application: ['attachments'],
  'status-report': ['report', 'accounts', 'attachments'],
  'final-report': ['accounts', 'attachments'],
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The document (or the form's data) with its list of files set to the references of `files` (left out when there
 * are none), copied along the way. A document without the object that holds the list (a status report on a
 * measure not started has no accounts) is returned as it is.
 */
export function withReferences<T>(document: T, type: DocumentFileType, files: readonly Attachment[]): T {
  const set = (value: unknown, path: readonly string[]): unknown => {
    if (!isRecord(value)) return value;
    const [key, ...rest] = path as [string, ...string[]];
    if (rest.length > 0) return key in value ? { ...value, [key]: set(value[key], rest) } : value;
    const { [key]: _, ...others } = value;
    return files.length > 0 ? { ...others, [key]: files.map((f) => f.reference) } : others;
  };
  return set(document, REFERENCE_PATHS[type]) as T;
}
