import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

/** The public register of measures: open to anyone, without logging in. */
describe('the register of measures', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('lists the granted measures to anyone, with search, filters and the data to download', async () => {
    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Tiltak som har fått tilskudd' }).click();
    await page.getByRole('heading', { name: 'Tiltak som har fått tilskudd', level: 1 }).waitFor();
    const table = page.getByRole('table');
    const rows = table.getByRole('row');
    await table.getByRole('rowheader', { name: 'Trygg bolig – ung start' }).waitFor();
    const all = (await rows.count()) - 1;
    expect(all).toBeGreaterThan(1);
    await page.getByText(`Viser ${all} av ${all} tiltak`).waitFor();
    // Granted measures only: the demo's rejected, submitted and draft applications are not here.
    expect(await table.getByRole('rowheader', { name: 'Losen – oppfølging av unge' }).count()).toBe(0);

    await table.getByRole('button', { name: 'Områder og sluttrapport' }).first().click();
    await checkPage(page, '60-tiltak');

    await page.getByLabel('Søk etter tiltak, Nav-kontor eller kommune').fill('trygg GJØVIK');
    await page.waitForURL(/\/tiltak\?q=trygg\+GJ%C3%98VIK$/);
    await page.getByText(`Viser 1 av ${all} tiltak`).waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Trygg bolig – ung start']);
    await page.getByRole('button', { name: 'Fjern søk og filtre' }).click();
    await page.getByText(`Viser ${all} av ${all} tiltak`).waitFor();

    // The status filter keeps exactly the measures whose tag says so.
    const finished = await table.getByText('Avsluttet', { exact: true }).count();
    await page.getByLabel('Status').selectOption('finished');
    await page.getByText(`Viser ${finished} av ${all} tiltak`).waitFor();
    if (finished === 0) await page.getByText('Ingen tiltak passer med søket og filtrene.').waitFor();
    await checkPage(page, '61-tiltak-filtrert');
    await page.getByRole('button', { name: 'Fjern søk og filtre' }).click();
    await page.getByText(`Viser ${all} av ${all} tiltak`).waitFor();

    // The same register for spreadsheets and for 360Giving, from the same address as the page.
    const csv = await page.request.get(
      (await page.getByRole('link', { name: 'Last ned som regneark (CSV)' }).getAttribute('href')) ?? '',
    );
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(all + 1);
    const giving = await page.request.get(
      (await page.getByRole('link', { name: '360Giving-fil (JSON)' }).getAttribute('href')) ?? '',
    );
    expect(((await giving.json()) as { grants: unknown[] }).grants.length).toBeGreaterThanOrEqual(all);
  });
});
