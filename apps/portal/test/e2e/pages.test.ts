import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

/** The pages the lifecycle test does not pass through, keyboard use, the language switch and the error pages. */
describe('pages, keyboard and language', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('starts with a skip link to the main content, and the login works from the keyboard alone', async () => {
    await page.goto('/');
    await page.waitForURL(/\/logg-inn$/);
    await checkPage(page, '00-logg-inn');
    // A fresh load, so the keyboard starts at the top (the check above used the language switch).
    await page.reload();
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    // Submitting without a choice names the field, and the link to it takes focus there.
    await page.getByRole('button', { name: 'Logg inn' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Du må velge en bruker').waitFor();
    await page.getByRole('radio', { name: /Kari Nordmann/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Logg inn' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kontor$/);
    // After a navigation the new page's heading has focus, so it is read out first.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Tilskudd for Nav Gjøvik');
  });

  it('keeps the login after a reload and in a new tab, until «Logg ut» ends it in both', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Tilskudd for Nav Gjøvik', level: 1 }).waitFor();
    const tab = await page.context().newPage();
    await tab.goto('/');
    await tab.waitForURL(/\/kontor$/);
    await tab.getByRole('heading', { name: 'Tilskudd for Nav Gjøvik', level: 1 }).waitFor();
    await tab.getByRole('button', { name: 'Logg ut' }).click();
    await tab.waitForURL(/\/logg-inn/);
    await page.goto('/kontor');
    await page.waitForURL(/\/logg-inn\?neste=/);
    await tab.close();
    await logIn(page, /Kari Nordmann/);
  });

  it('shows a measure with reported accounts as a chart with a table beside it', async () => {
    await page.getByRole('link', { name: 'Trygg bolig – ung start', exact: true }).click();
    const accounts = page.getByRole('region', { name: 'Budsjett og regnskap' });
    await accounts.getByRole('img', { name: /Budsjett og regnskap per post/ }).waitFor();
    expect(await accounts.getByRole('table').getByRole('row').count()).toBeGreaterThan(2);
    await checkPage(page, '13-tiltak-med-regnskap');
  });

  it('switches to nynorsk, sets lang on the page, and remembers the choice', async () => {
    // Nav Frogner: its 2024 status report is due on the demo's day.
    await logIn(page, /Jonas Lie/);
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    await page.getByRole('heading', { name: 'Dette må gjerast' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { name: 'Dette må gjerast' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    await checkPage(page, '14-kontor-nynorsk');
    await page
      .getByRole('link', { name: /Send statusrapport|Statusrapport med rekneskap/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Send statusrapport med rekneskap' }).click();
    await page.getByLabel('Status for gjennomføring').waitFor();
    await checkPage(page, '15-statusrapport-nynorsk');
    await page.getByRole('button', { name: 'Bokmål' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
  });

  it('answers an unknown address with a 404 page and a case of another office as not found', async () => {
    await page.goto('/finnes-ikke');
    await page.getByRole('heading', { name: 'Fant ikke siden' }).waitFor();
    await checkPage(page, '16-ikke-funnet');
    await page.goto('/kontor/sak/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'Fant ikke siden' }).waitFor();
  });

  it('sends a user who opens a page for another role to a page that says so', async () => {
    await page.goto('/saker');
    await page.getByRole('heading', { name: 'Ingen tilgang' }).waitFor();
    await checkPage(page, '17-ingen-tilgang');
  });

  it('lists a county office’s cases, filtered by state, and shows a rejected case with its letter', async () => {
    await logIn(page, /Aud Berg/);
    await page.getByLabel('Vis saker med status').selectOption('rejected');
    await page.waitForURL(/status=rejected/);
    await page.getByRole('link', { name: 'Bo trygt på Frogner' }).click();
    await page.getByText(/^Avslagsbrev datert/).waitFor();
    await checkPage(page, '18-sak-avslatt');
  });

  it('tells the caseworker which rules could not be checked when the application came in', async () => {
    await logIn(page, /Liv Dahl/);
    await page.getByRole('link', { name: 'Losen – oppfølging av unge' }).click();
    // Year two of a measure from before the system: last year's report is not in its records.
    const notice = page.getByRole('heading', { name: 'Ikke kontrollert ved innsending' });
    await notice.waitFor();
    // The rule in words, with where it comes from; never its code.
    await page.getByText(/^En videreføring har fjorårets statusrapport og regnskap/).waitFor();
    expect(await page.getByText('CONTINUATION_REPORT_MISSING').count()).toBe(0);
    await checkPage(page, '25-sak-ikke-kontrollert');
  });

  it('shows the directorate every county office’s cases', async () => {
    await logIn(page, /Eva Moe/);
    await page.getByRole('heading', { name: 'Alle saker' }).waitFor();
    expect(await page.getByRole('link', { name: 'Familieteam Gjøvik' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Bo trygt på Frogner' }).count()).toBe(1);
    await checkPage(page, '21-direktoratet-saker');
  });

  it('shows the development outbox: the notices the server made, as their recipients read them', async () => {
    // The server's worker makes the demo cases' decision notices within a second or two of starting.
    await expect
      .poll(async () => {
        await page.goto('/dev/mail');
        await page.getByRole('heading', { name: 'E-postvarsler (utvikling)' }).waitFor();
        return page.getByRole('heading', { name: /^Søknaden om tilskudd er avgjort/ }).count();
      })
      .toBeGreaterThan(0);
    expect(await page.getByText('Ikke sendt: ingen e-posttjener').count()).toBeGreaterThan(0);
    await checkPage(page, '26-utvikling-e-post');
  });

  it('asks for a new login when the session is gone, and comes back to the page after it', async () => {
    await page.goto('/saker');
    await page.evaluate(() => localStorage.removeItem('sosialtilskudd.session'));
    await page.goto('/saker?status=submitted');
    await page.waitForURL(/\/logg-inn\?neste=/);
    await page.getByRole('radio', { name: /Aud Berg/ }).check();
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/saker\?status=submitted$/);
  });
});
