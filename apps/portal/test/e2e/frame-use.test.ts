import { readFileSync } from 'node:fs';
import type { Schemas } from '@sosialtilskudd/api-client';
import { countyOfficeName } from '@sosialtilskudd/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNok } from '../../src/i18n/format.js';
import { apiAs } from '../support/api-as.js';
import { checkPage, logIn, newPage, RESULTS_DIR } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const CALL = 'utvikling-sosiale-tjenester-2025';
const TABLE = 'Rammene per embete';

/** The API's own answer, asked with the logged-in person's token, to check the page against. */
const apiFrameUse = async (page: Page) =>
  (await apiAs<Schemas['FrameUseOverview']>(page, 'GET', `/v1/calls/${CALL}/frame-use`)).body;

type Holder = Schemas['HolderFrameUse'];

/** The office as the page names it, on a day in the call's year. */
const nameOf = (h: Holder) =>
  h.authority.kind === 'directorate'
    ? 'Arbeids- og velferdsdirektoratet (nasjonale forsøk)'
    : countyOfficeName(h.authority.countyOfficeId, '2025-06-01');

/** The cells after the row header: the bar (or «Ingen fullmakt ennå»), frame, four parts, cases. */
const expectedCells = (h: Holder) => {
  const nok = (key: keyof Schemas['FrameTotals']) => (h.totals ? formatNok(h.totals[key], 'nb') : '–');
  return [
    // The bar's cell reads as its image's name and description; none without a frame.
    h.totals ? expect.stringMatching(/^Bruk av rammen hos .*av rammen på /) : 'Ingen fullmakt ennå',
    nok('frame'),
    nok('committed'),
    nok('granted'),
    nok('proposed'),
    nok('remaining'),
    String(h.caseCount),
  ];
};

/** The directorate's view of every county office's frame (issue 17 item 6). */
describe('the frames in the country', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('shows the directorate each county office’s frame use as the API counts it, least left first', async () => {
    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Rammer i landet' }).click();
    await page.getByRole('heading', { name: 'Rammer i landet', level: 1 }).waitFor();
    expect(await page.getByLabel('Utlysning').inputValue()).toBe(CALL);
    const overview = await apiFrameUse(page);
    // The demo: Innlandet's 7 500 000 kr (seed 000) and two offices' example frames; seven have none yet.
    const framed = overview.holders.filter((h) => h.totals);
    expect(framed).toHaveLength(3);
    await page.getByText('3 av 10 embeter har fått fullmakt under utlysningen.').waitFor();

    const rows = page.getByRole('table', { name: TABLE }).getByRole('row');
    // A header row, one per county office, and the country.
    expect(await rows.count()).toBe(overview.holders.length + 2);
    const shown: { name: string; cells: string[] }[] = [];
    for (let i = 1; i <= overview.holders.length; i++) {
      const row = rows.nth(i);
      shown.push({
        name: (await row.getByRole('rowheader').textContent()) ?? '',
        cells: (await row.getByRole('cell').allTextContents()).map((c) => c.trim()),
      });
    }
    // Every row says what the API says for its office.
    const holderOf = new Map(overview.holders.map((h) => [nameOf(h), h]));
    expect(shown.map((s) => s.name).sort()).toEqual([...holderOf.keys()].sort());
    for (const row of shown) expect(row.cells).toEqual(expectedCells(holderOf.get(row.name) as Holder));
    expect(holderOf.get('Statsforvalteren i Innlandet')?.totals?.frame).toBe(7_500_000);
    // The offices with frames first, the least left (as a share of each frame) first; those without after.
    const shareLeft = (row: { name: string }) => {
      const totals = holderOf.get(row.name)?.totals;
      return totals ? totals.remaining / totals.frame : Number.NaN;
    };
    const firstShares = shown.slice(0, 3).map(shareLeft);
    expect(firstShares).toEqual([...firstShares].sort((a, b) => a - b));
    expect(shown.slice(3).every((row) => row.cells[0] === 'Ingen fullmakt ennå')).toBe(true);
    // Each frame as one bar, named after its office.
    await page.getByRole('img', { name: /^Bruk av rammen hos Statsforvalteren i Innlandet/ }).waitFor();
    expect(await page.getByRole('img', { name: /^Bruk av rammen hos / }).count()).toBe(framed.length);
    await page.getByRole('img', { name: /^Bruk av rammene i hele landet/ }).waitFor();
    const country = rows.last();
    expect(await country.getByRole('rowheader').textContent()).toBe('Hele landet');
    expect((await country.getByRole('cell').nth(1).textContent())?.trim()).toBe(
      formatNok(
        framed.reduce((sum, h) => sum + (h.totals?.frame ?? 0), 0),
        'nb',
      ),
    );
    await checkPage(page, '65-rammer-i-landet');

    // The API's CSV, one line per office.
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned som CSV' }).click();
    const file = `${RESULTS_DIR}rammer-i-landet.csv`;
    await (await event).saveAs(file);
    await page.getByText('Rammene er lastet ned.').waitFor();
    expect(readFileSync(file, 'utf8').trimEnd().split(/\r?\n/)).toHaveLength(overview.holders.length + 1);

    // Each office leads to its round board.
    await page.getByRole('link', { name: 'Statsforvalteren i Innlandet' }).click();
    await page
      .getByRole('heading', { name: 'Tildelingsrunden hos Statsforvalteren i Innlandet', level: 1 })
      .waitFor();
    await page.waitForURL(/\/saker\/runde\?utlysning=utvikling-sosiale-tjenester-2025&embete=innlandet$/);
  });

  it('shows the directorate’s own line under a call with national trials, and no frames issued yet', async () => {
    await page.goto('/nasjonalt/rammer?utlysning=utvikling-sosiale-tjenester-2023');
    await page.getByText('Ingen embeter har fått fullmakt under utlysningen ennå.').waitFor();
    const directorate = page
      .getByRole('table', { name: TABLE })
      .getByRole('row', { name: /Arbeids- og velferdsdirektoratet \(nasjonale forsøk\)/ });
    expect((await directorate.getByRole('cell').first().textContent())?.trim()).toBe('Ingen fullmakt ennå');
    await checkPage(page, '66-rammer-i-landet-uten-fullmakter');
  });

  it('is for the directorate only', async () => {
    await logIn(page, /Per Olsen/);
    expect(await page.getByRole('link', { name: 'Rammer i landet' }).count()).toBe(0);
    await page.goto('/nasjonalt/rammer');
    await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
  });
});
