import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { asDate, type ExportTable } from './table.js';
import { toXlsx } from './xlsx.js';

const table: ExportTable = {
  name: 'saker/2025: alle',
  columns: [
    { header: 'Tiltak', kind: 'text' },
    { header: 'Søkt beløp', kind: 'amount' },
    { header: 'Dato', kind: 'date' },
    { header: 'Sendt inn', kind: 'datetime' },
  ],
  rows: [
    ['Ung; trygg og «fri»', 480000, asDate('2025-01-27'), asDate('2025-01-27T08:00:00Z')],
    ['=HYPERLINK("x")', 1250000, null, asDate('2025-07-01T22:30:00Z')],
    ['Sier "hei"\npå to linjer', 0, null, null],
  ],
};

describe('toCsv', () => {
  const lines = toCsv(table).split('\r\n');

  it('starts with a byte order mark and the Norwegian headers, semicolon-separated', () => {
    expect(lines[0]).toBe('\uFEFFTiltak;Søkt beløp;Dato;Sendt inn');
  });

  it('writes amounts as plain whole numbers, days as dd.mm.åååå and instants in Oslo time', () => {
    // 08:00 UTC is 09:00 in Oslo in winter; 22:30 UTC on 1 July is 00:30 on 2 July in summer.
    expect(lines[1]).toBe('"Ung; trygg og «fri»";480000;27.01.2025;27.01.2025 09:00');
    expect(lines[2]?.split(';').slice(1)).toEqual(['1250000', '', '02.07.2025 00:30']);
  });

  it('quotes fields with quotes or line breaks, and writes a would-be formula as text', () => {
    expect(lines[2]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(toCsv(table)).toContain('"Sier ""hei""\npå to linjer";0;;');
  });

  it('ends every row with CRLF', () => {
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});

describe('toXlsx', () => {
  it('writes a workbook with the headers, amounts as numbers, days as dates and instants in Oslo time', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)).buffer);
    const sheet = workbook.worksheets[0];
    // A sheet's name may not hold / or :.
    expect(sheet?.name).toBe('saker 2025  alle');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Tiltak', 'Søkt beløp', 'Dato', 'Sendt inn']);
    const first = sheet?.getRow(2);
    expect(first?.getCell(2).value).toBe(480000);
    expect(first?.getCell(2).numFmt).toBe('# ##0 "kr"');
    expect(first?.getCell(3).value).toEqual(new Date('2025-01-27T00:00:00Z'));
    // The wall-clock time in Oslo (09:00), since a spreadsheet has no time zones.
    expect(first?.getCell(4).value).toEqual(new Date('2025-01-27T09:00:00Z'));
    // A text that looks like a formula stays text: the workbook holds no formulas.
    expect(sheet?.getRow(3).getCell(1).value).toBe('=HYPERLINK("x")');
    expect(sheet?.getRow(4).getCell(3).value).toBeNull();
  });
});
