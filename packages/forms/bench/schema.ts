import type { RJSFSchema } from '@rjsf/utils';

/** The 4-column accounts table of the issue: post, budget, actuals, comment. */
export const TABLE_SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    lines: {
      type: 'array',
      title: 'Regnskapslinjer',
      items: {
        type: 'object',
        properties: {
          label: { type: 'string', title: 'Post' },
          budgeted: { type: 'integer', title: 'Budsjett (kr)' },
          actual: { type: 'integer', title: 'Regnskap (kr)' },
          comment: { type: 'string', title: 'Kommentar til avvik' },
        },
        required: ['label', 'budgeted', 'actual'],
      },
    },
  },
};

export function tableData(rows: number) {
  return {
    lines: Array.from({ length: rows }, (_, i) => ({
      label: `Post ${i + 1}`,
      budgeted: 10_000 + i * 100,
      actual: 9_500 + i * 100,
      comment: '',
    })),
  };
}
