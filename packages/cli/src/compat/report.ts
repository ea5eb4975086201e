import type { DiffSummary, SchemaChange } from './types.js';

type Counts = { breaking: number; compatible: number };

export function summarize(changes: SchemaChange[]): DiffSummary {
  const byType = new Map<string, Counts>();
  for (const change of changes) {
    const counts = byType.get(change.documentType) ?? { breaking: 0, compatible: 0 };
    counts[change.severity] += 1;
    byType.set(change.documentType, counts);
  }
  const count = (severity: keyof Counts) => changes.filter((c) => c.severity === severity).length;
  return {
    breaking: count('breaking'),
    compatible: count('compatible'),
    byDocumentType: Object.fromEntries(byType),
  };
}

/** Plain-text report: one block per document type, breaking changes first, then a summary line. */
export function formatReport(changes: SchemaChange[]): string {
  if (changes.length === 0) return 'No schema changes.';
  const summary = summarize(changes);
  const types = Object.keys(summary.byDocumentType).sort();
  const blocks = types.map((type) => {
    const counts = summary.byDocumentType[type] ?? { breaking: 0, compatible: 0 };
    const own = changes.filter((c) => c.documentType === type);
    const ordered = [
      ...own.filter((c) => c.severity === 'breaking'),
      ...own.filter((c) => c.severity === 'compatible'),
    ];
    return [`${type} (${describe(counts)})`, ...ordered.map(line)].join('\n');
  });
  const documents = `${types.length} document type${types.length === 1 ? '' : 's'}`;
  return [...blocks, `Summary: ${describe(summary)} in ${documents}.`].join('\n\n');
}

function describe({ breaking, compatible }: Counts): string {
  return `${breaking} breaking, ${compatible} compatible`;
}

function line(change: SchemaChange): string {
  const severity = change.severity === 'breaking' ? 'BREAKING  ' : 'compatible';
  return `  ${severity}  ${change.pointer || '(root)'}  ${change.message} [${change.kind}]`;
}
