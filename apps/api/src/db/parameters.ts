/**
 * A query parameter in PostgreSQL's text format, judged by its JavaScript type as node-postgres does, so the
 * repositories' SQL means the same on PGlite and on a PostgreSQL server: the server infers each parameter's
 * type from the statement.
 */
export function textParameter(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `{"a","b\"c",NULL}`: every element quoted, so commas, braces and spaces need no further thought. */
function arrayLiteral(values: readonly unknown[]): string {
  const element = (v: unknown): string => {
    if (Array.isArray(v)) return arrayLiteral(v);
    const text = textParameter(v);
    return text === null ? 'NULL' : `"${text.replace(/[\\"]/g, '\\$&')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}
