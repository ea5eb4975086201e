/** A CSV column: its heading and how a row gives its value. */
export type CsvColumns<T> = readonly (readonly [string, (row: T) => string | number])[];

/**
 * One field as RFC 4180 has it. Text that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets
 * a leading apostrophe (OWASP's advice on CSV injection): names and texts are written by others.
 */
function field(value: string | number, separator: string): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header row and one row per item, CRLF line ends, UTF-8 with a BOM so spreadsheets read æøå. */
export function toCsv<T>(columns: CsvColumns<T>, items: readonly T[], separator: ',' | ';'): Uint8Array {
  const rows = [
    columns.map(([name]) => name),
    ...items.map((item) => columns.map(([, value]) => value(item))),
  ];
  return Buffer.from(
    `\uFEFF${rows.map((r) => r.map((v) => field(v, separator)).join(separator)).join('\r\n')}\r\n`,
    'utf8',
  );
}
