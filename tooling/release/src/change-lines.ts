import type { ChangeSeverity } from '@sosialtilskudd/cli';

/** The gate's report of rule and operation changes: one line each, severity first, as the schema report has it. */
export function formatChanges<C extends { severity: ChangeSeverity; message: string }>(
  changes: readonly C[],
  subject: (change: C) => string,
  none: string,
): string {
  if (changes.length === 0) return none;
  return changes
    .map((c) => `  ${c.severity === 'breaking' ? 'BREAKING  ' : 'compatible'}  ${subject(c)}  ${c.message}`)
    .join('\n');
}
