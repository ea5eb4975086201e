import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDraft } from '../support/application.js';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const SAVED = /^Lagret kl\. \d\d[:.]\d\d$/;

const measureName = (page: Page) => page.getByLabel('Navn på tiltaket');

/** The status line as it is shown, beside the live region that announces the same trouble to screen readers. */
const shownStatus = (page: Page, text: string | RegExp) =>
  page.locator('.save-status > :not([role="status"])').getByText(text);
const announced = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Nothing typed is lost: not on reload, not when the API cannot be reached, not when the browser is offline. */
describe('autosaved drafts', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
    await logIn(page, /Sigrid Undset/);
  });

  it('saves each change to the API draft, and a reload shows it on the same step', async () => {
    await openDemoDraft(page);
    await measureName(page).fill('Boligsosialt løft i Midt-Telemark');
    await shownStatus(page, SAVED).waitFor();
    await page.reload();
    await page.getByText('Steg 2 av 6').waitFor();
    expect(await measureName(page).inputValue()).toBe('Boligsosialt løft i Midt-Telemark');
    // It came from the API: nothing was left in the browser to restore.
    expect(await page.getByText('Vi fant endringer som ikke var lagret hos Nav').count()).toBe(0);
  });

  it('keeps a change when the API cannot be reached, restores it after a reload, and sends it later', async () => {
    const dropPuts = (route: Route) =>
      route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue();
    await page.route('**/v1/applications/*', dropPuts);
    await measureName(page).fill('Boligsosialt løft – skrevet uten forbindelse');
    await shownStatus(page, 'Ikke lagret – prøver igjen').waitFor();
    await announced(page, 'Ikke lagret – prøver igjen').waitFor();

    await page.reload();
    await page
      .getByText('Vi fant endringer som ikke var lagret hos Nav, og har hentet dem fram igjen.')
      .waitFor();
    expect(await measureName(page).inputValue()).toBe('Boligsosialt løft – skrevet uten forbindelse');
    await shownStatus(page, 'Ikke lagret – prøver igjen').waitFor();
    await checkPage(page, '20-utkast-ikke-lagret');

    await page.unroute('**/v1/applications/*', dropPuts);
    await shownStatus(page, SAVED).waitFor({ timeout: 20_000 });
    await announced(page, 'Lagret').waitFor();
    // Saved now: «we restored changes that were not saved» is no longer true, and goes.
    expect(await page.getByText('Vi fant endringer som ikke var lagret hos Nav').count()).toBe(0);
    await page.reload();
    await page.getByText('Steg 2 av 6').waitFor();
    expect(await measureName(page).inputValue()).toBe('Boligsosialt løft – skrevet uten forbindelse');
    expect(await page.getByText('Vi fant endringer som ikke var lagret hos Nav').count()).toBe(0);
  });

  it('waits while the browser is offline and saves as soon as it is online again', async () => {
    await page.context().setOffline(true);
    await measureName(page).fill('Boligsosialt løft – frakoblet');
    await shownStatus(page, /^Ikke lagret – prøver igjen når du er på nett/).waitFor();
    await page.context().setOffline(false);
    await shownStatus(page, SAVED).waitFor();
    await page.reload();
    await page.getByText('Steg 2 av 6').waitFor();
    expect(await measureName(page).inputValue()).toBe('Boligsosialt løft – frakoblet');
  });
});
