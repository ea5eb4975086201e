import { type ExportCell, type ExportColumn, type ExportTable, osloParts } from './table.js';

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(value: ExportCell, column: ExportColumn): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) {
    if (column.kind === 'date')
      return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
    const p = osloParts(value);
    return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
  }
  // A text a spreadsheet would take for a formula is written as text (OWASP's advice on CSV injection):
  // measure names and the like are typed by other people.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quoted = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * CSV as Excel opens it in Norway: semicolons between fields (the comma is the decimal sign here), CRLF line ends,
 * amounts as plain whole numbers, dates as dd.mm.åååå. The byte order mark makes Excel read it as UTF-8 (æ, ø, å).
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((c) => quoted(c.header)),
    ...table.rows.map((row) => table.columns.map((c, i) => quoted(cellText(row[i] ?? null, c)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}
