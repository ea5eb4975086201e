export { diffSchema, diffSchemaSets } from './classify.js';
export { loadSchemaSet } from './load.js';
export { formatReport, summarize } from './report.js';
export type { ChangeKind, ChangeSeverity, DiffSummary, SchemaChange } from './types.js';
