/**
 * A list as it is exported: Norwegian column headers and typed cells, so a spreadsheet gets amounts and dates
 * as numbers and dates rather than text. One shape for every list the portal exports (cases, the national view).
 */
export type ExportCell = string | number | Date | null;

export interface ExportColumn {
  header: string;
  /** `amount`: whole kroner; `date`: a calendar day; `datetime`: an instant, written in Oslo time. */
  kind: 'text' | 'number' | 'amount' | 'date' | 'datetime';
}

export interface ExportTable {
  /** The file's name without extension, and the sheet's name. */
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant's wall-clock time in Oslo, as the parts a spreadsheet (which knows no time zones) shows. */
export function osloParts(instant: Date) {
  const part = Object.fromEntries(OSLO.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(part.year),
    month: Number(part.month),
    day: Number(part.day),
    hour: Number(part.hour),
    minute: Number(part.minute),
  };
}

/** A calendar day («2025-01-27») or an instant, as a Date. */
export const asDate = (value: string): Date =>
  new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
