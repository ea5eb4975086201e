import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, logIn, newPage, RESULTS_DIR } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

/** The directorate's national view: figures per county office and year, by priority area, overdue reports. */
describe('the national view', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('shows the directorate the year’s figures per county office and for the country, with charts and drill-down', async () => {
    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Nasjonal oversikt' }).click();
    await page.getByRole('heading', { name: 'Nasjonal oversikt', level: 1 }).waitFor();
    // The latest year first; 2025 in the demo.
    expect(await page.getByLabel('Tilskuddsår').inputValue()).toBe('2025');
    const counties = page.getByRole('table', { name: 'Per statsforvalter i 2025' });
    const innlandet = counties.getByRole('row', { name: /Statsforvalteren i Innlandet/ });
    // Familieteam Gjøvik, applied for: on the demo's day the 2025 call is still open, and nothing is decided.
    expect(await innlandet.getByRole('cell').first().textContent()).toBe('1');
    const country = counties.getByRole('row', { name: /Hele landet/ });
    // Every submitted 2025 case, and not the Midt-Telemark office's draft.
    expect(await country.getByRole('cell').first().textContent()).toBe('3');
    await page.getByRole('img', { name: /Søkt, innvilget og utbetalt per statsforvalter i 2025/ }).waitFor();
    await page.getByRole('img', { name: /per år for hele landet/ }).waitFor();
    await page.getByRole('table', { name: 'Etter prioritert område i 2025' }).waitFor();
    await page.getByText('Ingen statusrapport er forsinket.').waitFor();
    await checkPage(page, '50-nasjonal-oversikt');

    // The year changes the county figures; the address keeps it.
    await page.getByLabel('Tilskuddsår').selectOption('2024');
    await page.getByRole('table', { name: 'Per statsforvalter i 2024' }).waitFor();
    await page.waitForURL(/\/nasjonalt\?ar=2024$/);

    const event = page.waitForEvent('download');
    await page
      .getByRole('region', { name: 'Per statsforvalter i 2024' })
      .getByRole('button', { name: 'Last ned som CSV' })
      .click();
    const file = `${RESULTS_DIR}nasjonal-2024.csv`;
    await (await event).saveAs(file);
    const [head, ...rows] = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(head).toBe(
      'Statsforvalter;Søknader;Søkt;Innvilget (antall);Innvilget;Utbetalt;Rapportert;Krevd tilbake;Overført',
    );
    expect(rows.at(-1)?.split(';')[0]).toBe('Hele landet');
    expect(rows.at(-1)?.split(';')[2]).toMatch(/^\d+$/);

    // A row leads to its cases.
    await page.getByRole('link', { name: 'Statsforvalteren i Innlandet' }).click();
    await page.waitForURL(/\/saker\?ar=2024&embete=innlandet$/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).waitFor();
    expect(await page.getByRole('link', { name: 'Familieteam Gjøvik' }).count()).toBe(0);
  });

  it('is for the directorate only', async () => {
    await logIn(page, /Aud Berg/);
    expect(await page.getByRole('link', { name: 'Nasjonal oversikt' }).count()).toBe(0);
    await page.goto('/nasjonalt');
    await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
  });
});
