import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormDocumentType } from '../documents.js';
import { enumLabel } from '../i18n/enum-labels.js';
import { schemaText } from '../i18n/schema-text.js';
import { isFixed } from '../schema/form-view.js';
import { resolve, type Schema } from '../schema/walk.js';
import { isAmountSchema } from '../table/columns.js';
import type { Language } from '../validation/issue.js';

/** Set by the portal, never typed: hidden. */
const HIDDEN_FIELDS = ['documentType', 'schemaVersion', 'id', 'callId', 'submittedAt'];

/**
 * Wherever they are in a document: signatures are given in the portal's signing step and written by the
 * server, attachments are uploaded beside the form. Neither is typed; both are kept in the data as they are.
 */
const NOT_TYPED = new Set(['signatures', 'attachments']);

interface Overrides {
  /** Filled in by someone else: hidden, and left out of what is sent. */
  hidden?: string[];
  /** Set by the portal from the case and the user: hidden, and sent as given. */
  preset?: string[];
  readonly?: string[];
  /** Optional in the schema but asked for by a rule: not marked optional. Paths, `*` for every key. */
  ruleRequired?: string[];
  /** Every yes/no is answered by the person, not assumed «Nei»: an unanswered one is asked for. */
  answeredBooleans?: true;
}

/** Per document: what the person does not fill in. The case reference comes from the grant: read-only. */
const DOCUMENT_OVERRIDES: Partial<Record<FormDocumentType, Overrides>> = {
  application: {},
  acceptance: { readonly: ['case'] },
  'status-report': { readonly: ['case'] },
  'final-report': { readonly: ['case'] },
  'transfer-request': { readonly: ['case'], hidden: ['decision'] },
  // ASSESSMENT_SCORE_UNJUSTIFIED asks for every justification.
  // An exclusion is checked (ASSESSMENT_EXCLUSION_UNCHECKED), so its «Gjelder søknaden» starts unanswered.
  assessment: {
    answeredBooleans: true,
    preset: ['applicationId', 'assessedBy'],
    readonly: ['caseNumber'],
    ruleRequired: ['criteria/*/justification'],
  },
};

/** Whether the form leaves a required yes/no unanswered until the person answers it, instead of starting at «Nei». */
export const answersBooleans = (type: FormDocumentType): boolean =>
  DOCUMENT_OVERRIDES[type]?.answeredBooleans === true;

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
  const list = key === 'criterion' ? 'goal' : key === 'score' ? 'score' : undefined;
  return Object.fromEntries(values.map((v) => [String(v), enumLabel(String(v), language, list)]));
}

function scalarWidget(s: Schema, key: string, language: Language): UiSchema {
  // A constant, or a number this call allows one value of (no competence funds in 2025): not asked.
  if (s.const !== undefined || isFixed(s)) return { 'ui:widget': 'hidden' };
  if (key === 'organisationNumber') return { 'ui:widget': 'organisationNumber' };
  if (key === 'accountNumber') return { 'ui:widget': 'accountNumber' };
  if (key === 'previousCallId') return { 'ui:widget': 'call' };
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
    ui[key] =
      resolve(child, root).deprecated === true || NOT_TYPED.has(key)
        ? HIDDEN
        : nodeUi(child, root, key, language);
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

/** The uiSchemas at a path of keys separated by «/», where «*» stands for every key. */
function uiAt(ui: UiSchema, path: readonly string[]): UiSchema[] {
  const [head, ...rest] = path;
  if (head === undefined) return [ui];
  const children =
    head === '*'
      ? Object.entries(ui)
          .filter(([k]) => !k.startsWith('ui:'))
          .map(([, v]) => v)
      : [ui[head]];
  return children.filter((c): c is UiSchema => !!c && typeof c === 'object').flatMap((c) => uiAt(c, rest));
}

/**
 * The uiSchema of a form: Norwegian labels and help texts (bokmål from the schema, nynorsk from the table),
 * widgets chosen from the schema (amounts, identifiers with check digits, dates, choices, long texts, tables),
 * and what the person does not fill in hidden or read-only.
 */
export function buildUiSchema(type: FormDocumentType, schema: RJSFSchema, language: Language): UiSchema {
  const ui = objectUi(schema, schema, language);
  const overrides = DOCUMENT_OVERRIDES[type] ?? {};
  for (const key of [...HIDDEN_FIELDS, ...(overrides.preset ?? []), ...(overrides.hidden ?? [])])
    if (ui[key]) ui[key] = HIDDEN;
  for (const key of overrides.readonly ?? []) if (ui[key]) ui[key] = { ...ui[key], 'ui:readonly': true };
  for (const path of overrides.ruleRequired ?? [])
    for (const field of uiAt(ui, path.split('/')))
      field['ui:options'] = { ...field['ui:options'], ruleRequired: true };
  // The case a follow-up belongs to is shown by its number and measure; the call's and the office's
  // identifiers in it are for systems, not for the person who reads it.
  if (ui.case) ui.case = { ...ui.case, callId: HIDDEN, organisationNumber: HIDDEN };
  return ui;
}
