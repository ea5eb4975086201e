import { type ExportCell, type ExportTable, osloParts } from './table.js';

const FORMATS = {
  text: undefined,
  number: '0',
  amount: '# ##0 "kr"',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
} as const;

/** About how many characters a cell shows, to size its column. */
const textWidth = (value: ExportCell | undefined) =>
  value instanceof Date ? 18 : String(value ?? '').length + 2;

/**
 * The table as an Excel workbook (exceljs, loaded only when someone exports): one sheet, a bold header row that
 * stays in view, amounts as numbers shown in kroner, dates as dates, the columns wide enough for their content.
 */
export async function toXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const loaded = await import('exceljs');
  // Its browser build is a CommonJS bundle: the bundler hands it over as the default export, Node by name.
  const ExcelJS = (loaded as { default?: typeof loaded }).default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  // Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
  const sheet = workbook.addWorksheet(table.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header,
    style: FORMATS[column.kind] ? { numFmt: FORMATS[column.kind] } : {},
    width: Math.min(
      60,
      Math.max(12, column.header.length + 2, ...table.rows.map((row) => textWidth(row[index]))),
    ),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(
      row.map((value, index) => {
        // A spreadsheet has no time zones: an instant is written as the time it was in Oslo.
        if (value instanceof Date && table.columns[index]?.kind === 'datetime') {
          const p = osloParts(value);
          return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
        }
        return value;
      }),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
