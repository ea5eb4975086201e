import type { FormDocumentType } from '../documents.js';

type Data = Record<string, unknown>;

/**
 * Fields asked only when an earlier answer makes them apply: hidden otherwise, and left out of the document, so
 * a person is never asked about (or refused for) a continuation they are not applying for.
 */
const CONDITIONAL_FIELDS: Partial<Record<FormDocumentType, Record<string, (data: Data) => boolean>>> = {
  application: {
    // Last year's case and report: only a continuation has one (§ 8).
    continuation: (data) => data.kind === 'continuation',
    // A national trial is applied for to the directorate, never to the county office (§ 7).
    nationalTrialId: (data) => (data.addressee as Data | undefined)?.kind === 'directorate',
  },
};

/** The top-level fields of `data` that do not apply to it, in a stable order. */
export function fieldsNotApplying(type: FormDocumentType, data: unknown): string[] {
  const conditions = CONDITIONAL_FIELDS[type] ?? {};
  const record = data && typeof data === 'object' ? (data as Data) : {};
  return Object.entries(conditions)
    .filter(([, applies]) => !applies(record))
    .map(([key]) => key);
}
