import type { RJSFSchema } from '@rjsf/utils';

const COLUMNS = {
  label: { type: 'string', title: 'Post' },
  budgeted: { type: 'integer', title: 'Budsjett (kr)' },
  actual: { type: 'integer', title: 'Regnskap (kr)' },
  comment: { type: 'string', title: 'Kommentar til avvik' },
} as const;

/** The accounts table of the issue (post, budget, actuals, comment), optionally with a hidden line id. */
export function accountsTableSchema(withLineId = false): RJSFSchema {
  return {
    type: 'object',
    properties: {
      lines: {
        type: 'array',
        title: 'Regnskapslinjer',
        items: {
          type: 'object',
          properties: withLineId ? { id: { type: 'string', title: 'Linje-id' }, ...COLUMNS } : COLUMNS,
          required: [...(withLineId ? ['id'] : []), 'label', 'budgeted', 'actual'],
        },
      },
    },
  };
}
