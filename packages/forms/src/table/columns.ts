import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { enumLabel } from '../i18n/enum-labels.js';
import { schemaText } from '../i18n/schema-text.js';
import type { Language } from '../validation/issue.js';

export type ColumnKind = 'amount' | 'integer' | 'enum' | 'text';

export interface Column {
  key: string;
  title: string;
  kind: ColumnKind;
  required: boolean;
  options: { value: string; label: string }[];
}

/** Amounts are whole kroner; the domain titles every one of them "… (kr)". */
export const isAmountSchema = (s: RJSFSchema) =>
  s.type === 'integer' && /\(kr\)|, kr\)/.test(String(s.title ?? ''));

function kindOf(s: RJSFSchema): ColumnKind {
  if (isAmountSchema(s)) return 'amount';
  if (Array.isArray(s.enum)) return 'enum';
  if (s.type === 'integer' || s.type === 'number') return 'integer';
  return 'text';
}

/** The property by which an accounts line names its budget line (§ 11). */
const BUDGET_LINE_KEY = 'budgetLineId';

/**
 * The columns of an editable table: the item schema's properties in order, less those the uiSchema hides. A
 * budget line's id is chosen among the budget's lines by their names, where the form knows them.
 */
export function tableColumns(
  itemSchema: RJSFSchema,
  uiSchema: UiSchema | undefined,
  language: Language,
  budgetLines: readonly { value: string; label: string }[] = [],
): Column[] {
  const props = (itemSchema.properties ?? {}) as Record<string, RJSFSchema>;
  const required = new Set((itemSchema.required as string[] | undefined) ?? []);
  const itemUi = (uiSchema?.items ?? {}) as Record<string, UiSchema | undefined>;
  return Object.entries(props)
    .filter(([key]) => itemUi[key]?.['ui:widget'] !== 'hidden')
    .map(([key, s]) => {
      const column = {
        key,
        title: schemaText(String(s.title ?? key), language),
        kind: kindOf(s),
        required: required.has(key),
        options: ((s.enum as string[] | undefined) ?? []).map((v) => ({
          value: v,
          label: enumLabel(v, language),
        })),
      };
      return key === BUDGET_LINE_KEY && budgetLines.length > 0
        ? { ...column, kind: 'enum' as const, options: [...budgetLines] }
        : column;
    });
}

/** Column totals for the amount columns, recomputed from the rows as they are typed. */
export function columnTotals(
  columns: Column[],
  rows: readonly Record<string, unknown>[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of columns) {
    if (c.kind !== 'amount') continue;
    let sum = 0;
    for (const row of rows) {
      const v = row[c.key];
      if (typeof v === 'number' && Number.isFinite(v)) sum += v;
    }
    totals.set(c.key, sum);
  }
  return totals;
}
