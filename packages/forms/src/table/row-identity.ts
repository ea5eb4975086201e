export type Row = Record<string, unknown>;

/** Rows as plain objects: RJSF may hand `undefined` or `null` for a row it has not filled. */
export function asRows(value: unknown): Row[] {
  return Array.isArray(value) ? value.map((r) => (r && typeof r === 'object' ? (r as Row) : {})) : [];
}

function sameRow(a: Row, b: Row): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** Equal by value: RJSF clones its data on every change, so identity says nothing. */
export function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  return a.length === b.length && a.every((row, i) => sameRow(row, b[i] ?? {}));
}

/** A fresh line id like `linje-7` that no row uses yet (ids are slugs; accounts refer to them). */
export function newLineId(rows: readonly Row[], prefix: string): string {
  const used = new Set(rows.map((r) => r.id));
  let n = rows.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
