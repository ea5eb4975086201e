import { PRIORITY_AREAS } from '@sosialtilskudd/domain';
import type { Measure } from './measures.js';

const COLUMNS: readonly [string, (m: Measure) => string | number][] = [
  ['Tiltak', (m) => m.measure],
  ['Nav-kontor', (m) => m.navOffice.name],
  ['Organisasjonsnummer', (m) => m.navOffice.organisationNumber],
  ['Kommuner', (m) => m.municipalities.map((k) => `${k.name} (${k.number})`).join('; ')],
  ['Tilskuddsgiver', (m) => m.authorityName],
  ['År', (m) => m.years.join('; ')],
  ['Innvilget (kr)', (m) => m.grantedAmount],
  ['Prioriterte områder', (m) => m.priorityAreas.map((p) => PRIORITY_AREAS[p]).join('; ')],
  ['Status', (m) => (m.status === 'finished' ? 'Avsluttet' : 'Pågår')],
  ['Sammendrag i sluttrapporten', (m) => m.finalReportSummary ?? ''],
];

/**
 * One field as RFC 4180 has it. Text that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets
 * a leading apostrophe (OWASP's advice on CSV injection): the measures' names and summaries are written by others.
 */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The register as CSV: a header row, one row per measure, CRLF line ends, UTF-8 with a BOM for spreadsheets. */
export function registerCsv(measures: readonly Measure[]): Uint8Array {
  const rows = [COLUMNS.map(([name]) => name), ...measures.map((m) => COLUMNS.map(([, value]) => value(m)))];
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`, 'utf8');
}
