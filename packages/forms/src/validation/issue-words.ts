import type { RJSFValidationError } from '@rjsf/utils';
import { formatNumber, formatOf, localize, type SchemaCode, schemaIssue } from '@sosialtilskudd/domain';
import { schemaText } from '../i18n/schema-text.js';
import { uiText } from '../i18n/ui-texts.js';
import { resolve, type Schema, splitPointer } from '../schema/walk.js';
import { isAmountSchema } from '../table/columns.js';
import type { Language } from './issue.js';

/** Ajv keywords mapped to the domain's schema codes (`SCHEMA_CODES` in @sosialtilskudd/domain). */
const KEYWORD_CODES: Record<string, SchemaCode> = {
  required: 'REQUIRED',
  type: 'INVALID_TYPE',
  minimum: 'TOO_SMALL',
  exclusiveMinimum: 'TOO_SMALL',
  minLength: 'TOO_SMALL',
  minItems: 'TOO_SMALL',
  maximum: 'TOO_BIG',
  exclusiveMaximum: 'TOO_BIG',
  maxLength: 'TOO_BIG',
  maxItems: 'TOO_BIG',
  format: 'INVALID_FORMAT',
  pattern: 'INVALID_FORMAT',
  enum: 'INVALID_VALUE',
  const: 'INVALID_VALUE',
  additionalProperties: 'UNKNOWN_FIELD',
  unevaluatedProperties: 'UNKNOWN_FIELD',
};

export function codeOfKeyword(keyword: string | undefined): SchemaCode {
  return (keyword && KEYWORD_CODES[keyword]) || 'INVALID_VARIANT';
}

const ORIGIN: Record<string, string> = {
  minLength: 'string',
  maxLength: 'string',
  minItems: 'array',
  maxItems: 'array',
};

/** A limit as the form shows amounts: «750 000 kr» for an amount, «12» for anything else. */
function limitText(limit: unknown, field: Schema | undefined): string {
  if (typeof limit !== 'number') return String(limit);
  return field && isAmountSchema(field) ? `${formatNumber(limit)} kr` : formatNumber(limit);
}

/**
 * The domain's words for what Ajv found (the same a server refusal gives for the same code), without the
 * field's label: the form puts the label where it is needed. Never Ajv's own message, which speaks in
 * keywords and raw numbers («må være <= 750000»).
 */
export function ajvIssueText(
  error: RJSFValidationError,
  field: Schema | undefined,
  language: Language,
): string {
  const code = codeOfKeyword(error.name);
  const params = (error.params ?? {}) as Record<string, unknown>;
  const origin = ORIGIN[error.name ?? ''] ?? 'number';
  const words: Record<string, string> = {
    minimum: limitText(params.limit, field),
    maximum: limitText(params.limit, field),
    origin,
  };
  if (code === 'INVALID_FORMAT') {
    const known = typeof params.pattern === 'string' ? formatOf(`/${params.pattern}/`) : undefined;
    words.format = known?.nb ?? String(params.format ?? '');
    words.formatNn = known?.nn ?? String(params.format ?? '');
  }
  return localize(schemaIssue(code, [], words), language);
}

/**
 * Where the domain's words are written for a developer (a type name, raw enum values, an ISO date pattern), the
 * words a person filling in the form gets instead, whichever check found it.
 */
export function peopleText(
  code: string,
  field: Schema | undefined,
  text: string,
  language: Language,
): string {
  if (code === 'INVALID_VALUE') return uiText('chooseOption', language);
  if (code === 'INVALID_FORMAT' && field?.format === 'date') return uiText('dateFormat', language);
  if (code === 'INVALID_TYPE' && (field?.type === 'integer' || field?.type === 'number'))
    return uiText(field && isAmountSchema(field) ? 'wholeKroner' : 'wholeNumber', language);
  return text;
}

/** Every title in a form's schema, counted over every place it is used: a title used twice needs context. */
const titleCounts = new WeakMap<Schema, Map<string, number>>();

function countTitles(root: Schema): Map<string, number> {
  const cached = titleCounts.get(root);
  if (cached) return cached;
  const counts = new Map<string, number>();
  const seen = new Set<Schema>();
  const visit = (node: Schema | undefined, depth: number) => {
    if (!node || depth > 12) return;
    const s = resolve(node, root);
    if (typeof s.title === 'string' && s.type !== 'object' && s.type !== 'array')
      counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
    if (seen.has(s)) return;
    seen.add(s);
    for (const child of Object.values((s.properties ?? {}) as Record<string, Schema>))
      visit(child, depth + 1);
    for (const option of (s.oneOf ?? s.anyOf ?? []) as Schema[]) visit(option, depth + 1);
    if (s.items && typeof s.items === 'object') visit(s.items as Schema, depth + 1);
  };
  visit(root, 0);
  titleCounts.set(root, counts);
  return counts;
}

interface Step {
  schema: Schema;
  key: string;
}

/** The schemas along a JSON Pointer into the data, choosing a variant by the data as the form does. */
function schemasAlong(root: Schema, pointer: string, data: unknown): Step[] {
  const steps: Step[] = [];
  let s: Schema | undefined = resolve(root, root);
  let d = data;
  for (const key of splitPointer(pointer)) {
    if (!s) break;
    const options = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (options) {
      const record = d && typeof d === 'object' ? (d as Record<string, unknown>) : {};
      s =
        options
          .map((o) => resolve(o, root))
          .find((o) =>
            Object.entries((o.properties ?? {}) as Record<string, Schema>).some(
              ([k, p]) => p.const !== undefined && record[k] === p.const,
            ),
          ) ?? resolve(options[0] as Schema, root);
    }
    const next: Schema | undefined =
      s.type === 'array' || s.items
        ? s.items
          ? resolve(s.items as Schema, root)
          : undefined
        : (s.properties as Record<string, Schema> | undefined)?.[key];
    s = next ? resolve(next, root) : undefined;
    if (s) steps.push({ schema: s, key });
    d = d && typeof d === 'object' ? (d as Record<string, unknown>)[key] : undefined;
  }
  return steps;
}

/**
 * The field's name as a person reads it in a list of errors: its label, after the row of the table it is in
 * («Stillinger, rad 1 – Søkt tilskudd (kr)») or the group it belongs to when the label alone is used in more than
 * one place («Kontaktperson – Navn»). Undefined for the document as a whole.
 */
export function fieldLabel(
  root: Schema,
  pointer: string,
  data: unknown,
  language: Language,
): string | undefined {
  const steps = schemasAlong(root, pointer, data);
  const titleOf = (s: Schema | undefined) =>
    typeof s?.title === 'string' ? schemaText(s.title, language) : undefined;
  let item = -1;
  steps.forEach((s, i) => {
    if (/^\d+$/.test(s.key)) item = i;
  });
  const own = titleOf(steps.at(-1)?.schema);
  if (item > 0) {
    const table = titleOf(steps[item - 1]?.schema);
    const row = `${uiText('row', language).toLowerCase()} ${Number(steps[item]?.key) + 1}`;
    const context = table ? `${table}, ${row}` : row;
    return item === steps.length - 1 || !own ? context : `${context} – ${own}`;
  }
  const field = steps.at(-1)?.schema.title;
  if (!own || typeof field !== 'string' || (countTitles(root).get(field) ?? 0) < 2) return own;
  const group = steps
    .slice(0, -1)
    .reverse()
    .map((s) => titleOf(s.schema))
    .find(Boolean);
  // A choice's discriminator is named like its choice («Innstilling»): once is enough.
  return group && group !== own ? `${group} – ${own}` : own;
}
