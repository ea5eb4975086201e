import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormDocumentType } from '../documents.js';
import { enumLabel } from '../i18n/enum-labels.js';
import { schemaText } from '../i18n/schema-text.js';
import { resolve, type Schema } from '../schema/walk.js';
import { isAmountSchema } from '../table/columns.js';
import type { Language } from '../validation/issue.js';

/** Set by the portal, never typed: hidden. */
const HIDDEN_FIELDS = ['documentType', 'schemaVersion', 'id', 'callId', 'submittedAt'];

/** Per document: what the Nav office does not fill in. The case reference comes from the grant: read-only. */
const DOCUMENT_OVERRIDES: Partial<Record<FormDocumentType, { hidden?: string[]; readonly?: string[] }>> = {
  application: {},
  acceptance: { readonly: ['case'] },
  'status-report': { readonly: ['case'] },
  'final-report': { readonly: ['case'] },
  'transfer-request': { readonly: ['case'], hidden: ['decision'] },
};

/** The parts of a document someone else fills in (a transfer request's decision): never in what the office sends. */
export const notFilledIn = (type: FormDocumentType): readonly string[] =>
  DOCUMENT_OVERRIDES[type]?.hidden ?? [];

/** Line-id prefixes for new rows, by the array's property name. */
const LINE_ID_PREFIX: Record<string, string> = {
  positions: 'stilling',
  otherCosts: 'kostnad',
  otherFunding: 'finansiering',
};

const LONG_TEXT = 200;
const TABLE_TEXT_LIMIT = 1000;

export const HIDDEN: UiSchema = { 'ui:widget': 'hidden', 'ui:field': 'hidden' };

function isScalar(s: Schema): boolean {
  return s.type === 'string' || s.type === 'integer' || s.type === 'number' || s.type === 'boolean';
}

/** Arrays of flat lines become editable tables; items with long texts stay as a list of fieldsets. */
function isTabular(items: Schema, root: Schema): boolean {
  const props = Object.values((items.properties ?? {}) as Record<string, Schema>).map((p) =>
    resolve(p, root),
  );
  return (
    items.type === 'object' &&
    props.length > 0 &&
    props.every((p) => isScalar(p) && !(typeof p.maxLength === 'number' && p.maxLength > TABLE_TEXT_LIMIT))
  );
}

function enumNames(values: unknown[], key: string, language: Language): Record<string, string> {
  const list = key === 'criterion' ? 'goal' : undefined;
  return Object.fromEntries(values.map((v) => [String(v), enumLabel(String(v), language, list)]));
}

function scalarWidget(s: Schema, key: string, language: Language): UiSchema {
  if (s.const !== undefined) return { 'ui:widget': 'hidden' };
  if (key === 'organisationNumber') return { 'ui:widget': 'organisationNumber' };
  if (key === 'accountNumber') return { 'ui:widget': 'accountNumber' };
  if (isAmountSchema(s)) return { 'ui:widget': 'nok' };
  if (s.format === 'date') return { 'ui:widget': 'date' };
  if (Array.isArray(s.enum)) {
    return {
      'ui:widget': s.enum.length <= 4 ? 'radio' : 'select',
      'ui:enumNames': enumNames(s.enum, key, language),
    };
  }
  if (s.type === 'boolean') return { 'ui:widget': key === 'acceptsTerms' ? 'checkbox' : 'radio' };
  if (s.type === 'string' && typeof s.maxLength === 'number' && s.maxLength > LONG_TEXT)
    return { 'ui:widget': 'textarea' };
  return {};
}

function texts(s: Schema, language: Language): UiSchema {
  const ui: UiSchema = {};
  if (typeof s.title === 'string') ui['ui:title'] = schemaText(s.title, language);
  if (typeof s.description === 'string') ui['ui:description'] = schemaText(s.description, language);
  return ui;
}

function objectUi(s: Schema, root: Schema, language: Language): UiSchema {
  const ui: UiSchema = {};
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const [key, child] of Object.entries(props)) {
    // A deprecated field is on its way out of the contract: kept in the data, no longer asked for.
    ui[key] = resolve(child, root).deprecated === true ? HIDDEN : nodeUi(child, root, key, language);
  }
  return ui;
}

function nodeUi(node: Schema, root: Schema, key: string, language: Language): UiSchema {
  const s = resolve(node, root);
  const ui = texts(s, language);
  const options = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (options) {
    // One uiSchema per variant, in the schema's order: RJSF names each choice in the picker by its `ui:title`
    // (so nynorsk too) and lays out the chosen variant's fields with its own. The picker already carries the
    // label, so the chosen variant does not add a second one.
    const variants = options.map((option) => {
      const o = resolve(option, root);
      const title = typeof o.title === 'string' ? { 'ui:title': schemaText(o.title, language) } : {};
      return { ...title, ...objectUi(o, root, language), 'ui:options': { bare: true } };
    });
    return { ...ui, [s.oneOf ? 'oneOf' : 'anyOf']: variants };
  }
  if (s.type === 'object') return { ...ui, ...objectUi(s, root, language) };
  if (s.type === 'array') {
    const items = resolve((s.items ?? {}) as Schema, root);
    if (Array.isArray(items.enum)) {
      return { ...ui, 'ui:widget': 'checkboxes', 'ui:enumNames': enumNames(items.enum, key, language) };
    }
    if (isTabular(items, root)) {
      const itemsUi = objectUi(items, root, language);
      if (itemsUi.id) itemsUi.id = { ...itemsUi.id, 'ui:widget': 'hidden' };
      return {
        ...ui,
        'ui:field': 'table',
        'ui:options': { lineIdPrefix: LINE_ID_PREFIX[key] ?? 'linje' },
        items: itemsUi,
      };
    }
    return { ...ui, 'ui:options': { orderable: false }, items: nodeUi(items, root, `${key}[]`, language) };
  }
  return { ...ui, ...scalarWidget(s, key, language) };
}

/**
 * The uiSchema of a form: Norwegian labels and help texts (bokmål from the schema, nynorsk from the table),
 * widgets chosen from the schema (amounts, identifiers with check digits, dates, choices, long texts, tables),
 * and what the Nav office does not fill in hidden or read-only.
 */
export function buildUiSchema(type: FormDocumentType, schema: RJSFSchema, language: Language): UiSchema {
  const ui = objectUi(schema, schema, language);
  const overrides = DOCUMENT_OVERRIDES[type] ?? {};
  for (const key of [...HIDDEN_FIELDS, ...(overrides.hidden ?? [])]) if (ui[key]) ui[key] = HIDDEN;
  for (const key of overrides.readonly ?? []) if (ui[key]) ui[key] = { ...ui[key], 'ui:readonly': true };
  return ui;
}
