import type { Schemas } from '@sosialtilskudd/api-client';
import { fieldLabel, formSchema, loadForm } from '@sosialtilskudd/forms';
import type { Language } from '../i18n/language.js';
import { text } from '../i18n/texts.js';

type Revision = Pick<Schemas['DraftRevision'], 'changedFields' | 'moreFields'>;
type Schema = Parameters<typeof fieldLabel>[0];

/**
 * «Navn på tiltaket, Stillinger, rad 1 – Lønn (kr) og 2 felt til»: the fields a save changed, by the labels the
 * form shows (never a JSON Pointer). The whole document (the first save) is «hele søknaden».
 */
export function changedFieldsText(
  revision: Revision,
  schema: Schema,
  document: unknown,
  language: Language,
): string {
  const labels = [
    ...new Set(
      revision.changedFields.map((pointer) =>
        pointer === '' ? text('revisionWhole', language) : fieldLabel(schema, pointer, document, language),
      ),
    ),
  ];
  const named = labels.filter((l): l is string => l !== undefined);
  // A field the form does not name (none today) still counts, among the rest.
  const more = revision.moreFields + labels.length - named.length;
  const parts = more > 0 ? [...named, text('revisionMore', language, { count: more })] : named;
  return new Intl.ListFormat(language === 'nn' ? 'nn-NO' : 'nb-NO', { type: 'conjunction' }).format(
    parts.length > 0 ? parts : [text('revisionWhole', language)],
  );
}

/** The revision number an ETag ("r12") stands for; undefined for anything else. */
export function revisionOf(etag: string | null): number | undefined {
  const match = /^(?:W\/)?"?r(\d+)"?$/.exec(etag ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The saves that came after the version this person built on, oldest first: whose change came first. */
export const savedSince = <T extends Pick<Schemas['DraftRevision'], 'revision' | 'applied'>>(
  revisions: readonly T[],
  baseEtag: string | null,
): T[] => {
  const base = revisionOf(baseEtag);
  return revisions.filter((r) => r.applied && base !== undefined && r.revision > base).reverse();
};

/** Each save's changed fields in both languages, keyed by the save's id: what the case page shows. */
export type ChangedFields = Record<number, Record<Language, string>>;

/**
 * The words for a draft's list of changes, made where the form's schema is at hand. The case page loads this module
 * only for a draft, so the forms package stays out of every other case page.
 */
export async function describeChanges(
  revisions: readonly Schemas['DraftRevision'][],
  application: Pick<Schemas['ApplicationCase'], 'callId' | 'document'>,
): Promise<ChangedFields> {
  await loadForm('application', application.callId);
  const schema = formSchema('application', application.callId);
  const words = (r: Revision, language: Language) =>
    changedFieldsText(r, schema, application.document, language);
  return Object.fromEntries(revisions.map((r) => [r.id, { nb: words(r, 'nb'), nn: words(r, 'nn') }]));
}
