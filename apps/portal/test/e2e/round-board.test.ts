import { readFileSync } from 'node:fs';
import type { Schemas } from '@sosialtilskudd/api-client';
import { assessmentScore, exampleDocument } from '@sosialtilskudd/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNok } from '../../src/i18n/format.js';
import { apiAs } from '../support/api-as.js';
import { checkPage, logIn, newPage, RESULTS_DIR } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const CALL = 'utvikling-sosiale-tjenester-2025';

/** The API's own answer for a round, asked with the logged-in person's token, to check the page against. */
const apiBoard = async (page: Page, holder: string) =>
  (await apiAs<Schemas['RoundBoard']>(page, 'GET', `/v1/calls/${CALL}/rounds/${holder}`)).body;

/**
 * Files Innlandet's assessment of its one 2025 case through the API, as the caseworker's form would: the
 * example assessment (every criterion scored), proposing less than applied for with its reason. The demo data has
 * no assessment, and the tests that read it expect none, so the board's test makes its own.
 */
async function assessFirstCase(page: Page, board: Schemas['RoundBoard']) {
  const assessed = board.cases[0] as Schemas['RoundCase'];
  const amount = assessed.requested - 125_000;
  const example = exampleDocument('assessment', CALL);
  const app = (await apiAs<Schemas['ApplicationCase']>(page, 'GET', `/v1/applications/${assessed.id}`)).body;
  const { status } = await apiAs(page, 'POST', `/v1/applications/${assessed.id}/assessments`, {
    ...example,
    id: 'vurdering-rundetest',
    applicationId: app.document.id,
    caseNumber: app.caseNumber,
    callId: app.callId,
    assessedBy: { authority: app.authority, name: 'Per Olsen' },
    proposal: { recommendation: 'grant', amount, amountReason: 'Kompetansemidlene dekkes ikke.' },
  });
  expect(status).toBe(201);
  return { amount, score: assessmentScore(example) };
}

/** What the figures table says for each part of the frame, by its row name. */
async function shownFigures(page: Page) {
  const table = page.getByRole('table', { name: 'Rammen i tall' });
  const amount = async (name: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .getByRole('cell')
      .textContent();
  return {
    committed: await amount('Forpliktet'),
    granted: await amount('Innvilget'),
    proposed: await amount('Foreslått'),
    remaining: await amount('Igjen'),
    frame: await amount('Rammen'),
  };
}

const expectedFigures = (totals: NonNullable<Schemas['RoundBoard']['totals']>) => ({
  committed: formatNok(totals.committed, 'nb'),
  granted: formatNok(totals.granted, 'nb'),
  proposed: formatNok(totals.proposed, 'nb'),
  remaining: formatNok(totals.remaining, 'nb'),
  frame: formatNok(totals.frame, 'nb'),
});

/** The allocation round board (issue 17): the frame's use at a glance, and the cases ranked. */
describe('the round board', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('shows Innlandet’s caseworker the 2025 frame as the API counts it, the ranked cases and their CSV', async () => {
    await logIn(page, /Per Olsen/);
    const assessed = await assessFirstCase(page, await apiBoard(page, 'innlandet'));
    await page.getByRole('link', { name: 'Tildelingsrunden' }).click();
    await page
      .getByRole('heading', { name: 'Tildelingsrunden hos Statsforvalteren i Innlandet', level: 1 })
      .waitFor();
    // The demo's day is in 2025, so the 2025 call is the one shown.
    expect(await page.getByLabel('Utlysning').inputValue()).toBe(CALL);
    const board = await apiBoard(page, 'innlandet');
    expect(board.totals?.frame).toBe(7_500_000);
    const totals = board.totals as NonNullable<typeof board.totals>;
    expect(await shownFigures(page)).toEqual(expectedFigures(totals));
    await page.getByRole('img', { name: /Bruk av rammen/ }).waitFor();
    expect(
      await page.getByRole('img', { name: /Bruk av rammen/ }).getAttribute('aria-labelledby'),
    ).toBeTruthy();

    const cases = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Plass' }) });
    expect(board.cases.length).toBeGreaterThan(0);
    expect(await cases.getByRole('row').count()).toBe(board.cases.length + 1);
    const first = board.cases[0] as Schemas['RoundCase'];
    const firstRow = cases.getByRole('row').nth(1);
    expect(await firstRow.getByRole('rowheader').textContent()).toBe(first.measureName);
    // The row header is the measure; then rank, case number, applicant, kind, score, areas, stage, amounts.
    expect(await firstRow.getByRole('cell').nth(7).textContent()).toBe(formatNok(first.requested, 'nb'));
    expect(await firstRow.getByRole('cell').nth(8).textContent()).toBe(formatNok(first.amount, 'nb'));
    // The assessed case: first, with its score, its proposal in the frame's bar and figures.
    expect(first).toMatchObject({ rank: 1, score: assessed.score, amount: assessed.amount });
    expect(await firstRow.getByRole('cell').nth(0).textContent()).toBe('1');
    expect(await firstRow.getByRole('cell').nth(4).textContent()).toBe(String(assessed.score));
    expect(totals.proposed).toBe(assessed.amount);
    await page
      .getByRole('img', {
        name: new RegExp(`foreslått ${formatNok(assessed.amount, 'nb').replace(/\s/g, '\\s')}`),
      })
      .waitFor();
    expect(Number(await page.locator('rect.round-part--proposed').getAttribute('width'))).toBeGreaterThan(0);
    // Familieteam Gjøvik, the demo's one 2025 case at Innlandet.
    expect(board.caseCount).toBe(1);
    await page.getByText('1 sak i runden').waitFor();
    await checkPage(page, '60-tildelingsrunde');

    // The API's CSV, as the list is filtered.
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned som CSV' }).click();
    const file = `${RESULTS_DIR}tildelingsrunde.csv`;
    await (await event).saveAs(file);
    await page.getByText('Listen er lastet ned.').waitFor();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(lines).toHaveLength(board.cases.length + 1);

    // A filter the API offers: it narrows the list, not the sums.
    await page.getByLabel('Type tiltak').selectOption({ label: 'Videreføring' });
    await page.waitForURL(/type=continuation/);
    await page
      .getByRole('status')
      .filter({ hasText: /saker i runden|Ingen saker passer/ })
      .waitFor();
    expect(await shownFigures(page)).toEqual(expectedFigures(totals));

    // Each case leads to its case page.
    await page.getByLabel('Type tiltak').selectOption({ label: 'Alle' });
    await page.getByRole('link', { name: first.measureName, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/saker/${first.id}$`));
    await page.getByRole('heading', { name: first.measureName, level: 1 }).waitFor();
  });

  it('lets the directorate choose the county office, and says so in words where no frame is issued', async () => {
    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Tildelingsrunden' }).click();
    await page.getByRole('heading', { name: /^Tildelingsrunden hos /, level: 1 }).waitFor();
    await page.getByLabel('Statsforvalter').selectOption({ label: 'Statsforvalteren i Innlandet' });
    await page
      .getByRole('heading', { name: 'Tildelingsrunden hos Statsforvalteren i Innlandet', level: 1 })
      .waitFor();
    const board = await apiBoard(page, 'innlandet');
    expect(await shownFigures(page)).toEqual(
      expectedFigures(board.totals as NonNullable<typeof board.totals>),
    );
    await checkPage(page, '61-tildelingsrunde-direktoratet');

    await page.getByLabel('Statsforvalter').selectOption({ label: 'Nasjonale forsøk (direktoratet)' });
    await page
      .getByText(/^Ingen fullmakt er gitt for Arbeids- og velferdsdirektoratet under denne utlysningen/)
      .waitFor();
    expect(await page.getByRole('table', { name: 'Rammen i tall' }).count()).toBe(0);
    await checkPage(page, '62-tildelingsrunde-uten-ramme');
  });
});
