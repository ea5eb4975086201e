import type { RuleIssue } from '../rules/issue.js';

export type MigrationResult<To> = { ok: true; document: To } | { ok: false; issues: RuleIssue[] };

/** Moves a document of one major of its schema to the next. Input is valid under the `from` schema. */
export interface Migration<From = unknown, To = unknown> {
  documentType: string;
  from: number;
  to: number;
  migrate: (doc: From) => MigrationResult<To>;
}
