import { accountsTableSchema } from '../src/test-support/accounts-table.js';

/** The 4-column accounts table of the issue: post, budget, actuals, comment. */
export const TABLE_SCHEMA = accountsTableSchema();

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
