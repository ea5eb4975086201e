import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillDescriptionStep, fillMeasureStep } from '../support/application.js';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const next = (page: Page) => page.getByRole('button', { name: 'Neste' }).click();
/** Text as shown, with no-break spaces as plain ones. */
const textOf = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** The links in the form's error summary. */
const errorLinks = (page: Page) => page.locator('.stfs-error-summary').getByRole('link');

/**
 * The wizard as a Nav office meets it: each field judged on its own step, in words a person understands (never a
 * code, an id or a schema message), the field named once, only the fields that apply in this call, dates typed as
 * people write them, and an error that leads to the field where it can be mended. In bokmål and nynorsk; every
 * page is also checked for codes and ids at both widths by checkPage.
 */
describe('words a person understands', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
    await logIn(page, /Jonas Lie/);
    await page.getByRole('button', { name: 'Start ny søknad' }).click();
    await page.getByText('Steg 1 av 6').waitFor();
  });

  it('refuses a contact phone at the step it is typed on, and the link leads to the field', async () => {
    await page.getByLabel('Telefon').fill('12345 67890');
    await next(page);
    // Still step 1: the domain's rule ran on this step although the later steps are empty.
    await page.getByText('Steg 1 av 6').waitFor();
    const link = errorLinks(page).filter({ hasText: 'Telefon' });
    expect(await textOf(link)).toBe('Telefon: Telefonnummeret må ha åtte sifre, eventuelt med +47 foran');
    await checkPage(page, '30-soknad-telefon-feil');
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? ''))
      .toMatch(/phone$/);
    // At the field, its label is not said twice.
    await page
      .getByText('Telefonnummeret må ha åtte sifre, eventuelt med +47 foran', { exact: true })
      .waitFor();

    await page.getByRole('button', { name: 'Nynorsk' }).click();
    expect(await textOf(errorLinks(page).filter({ hasText: 'Telefon' }))).toBe(
      'Telefon: Telefonnummeret må ha åtte siffer, eventuelt med +47 framfor',
    );
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.getByLabel('Telefon').fill('22 33 44 55');
    await page.getByRole('link', { name: /Telefon/ }).waitFor({ state: 'detached' });
  });

  it('asks about last year’s case only for a continuation, choosing the call by its name', async () => {
    const previousCase = page.getByLabel('Saksnummer for fjorårets tilskudd');
    expect(await previousCase.count()).toBe(0);
    await page.getByRole('radio', { name: 'Videreføring' }).check();
    await previousCase.waitFor();
    const previousCall = page.getByLabel('Fjorårets utlysning');
    await previousCall.selectOption({
      label: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret 2024',
    });
    await checkPage(page, '31-soknad-videreforing');
    await page.getByRole('radio', { name: 'Nytt tiltak' }).check();
    await previousCase.waitFor({ state: 'detached' });
    await next(page);
    await page.getByText('Steg 2 av 6').waitFor();
  });

  it('does not ask for competence funds in 2025, when the call gives none', async () => {
    await fillMeasureStep(page, 'Ord folk forstår');
    await fillDescriptionStep(page);
    await page.getByText('Steg 4 av 6').waitFor();
    await page.getByText('Stillinger', { exact: true }).waitFor();
    expect(await page.getByLabel(/Kompetansemidler/).count()).toBe(0);
    await page.getByRole('button', { name: 'Legg til rad' }).first().click();
    await page.getByLabel('Stillingstittel, rad 1').fill('Veileder');
    await page.getByLabel('Stillingsprosent, rad 1').fill('100');
    await page.getByLabel('Måneder, rad 1').fill('12');
    await page.getByLabel('Lønn (kr), rad 1').fill('600000');
    await page.getByLabel('Sosiale utgifter (kr), rad 1').fill('180000');
    await page.getByLabel('Søkt tilskudd (kr), rad 1').fill('760000');
    await next(page);
    // The call's cap, in kroner with thousands spaces, the cell named by its table and row.
    const cap = errorLinks(page).filter({ hasText: 'Søkt tilskudd' });
    expect(await textOf(cap)).toMatch(/^Stillinger, rad 1 – Søkt tilskudd \(kr\): .*750 000 kr/);
    await checkPage(page, '33-soknad-budsjett-over-sats');
    await page.getByLabel('Søkt tilskudd (kr), rad 1').fill('750000');
    await next(page);
    await page.getByText('Steg 5 av 6').waitFor();
  });

  it('takes dates as dd.mm.åååå and says which date is wrong', async () => {
    // Back to the measure's step (signatures are given in the sign-off, not typed: version 2).
    for (const step of [4, 3, 2]) {
      await page.getByRole('button', { name: 'Forrige' }).click();
      await page.getByText(`Steg ${step} av 6`).waitFor();
    }
    const start = page.getByLabel('Oppstartsdato');
    await start.fill('32.04.2025');
    await start.press('Tab');
    await next(page);
    const link = errorLinks(page).filter({ hasText: 'Oppstartsdato' });
    expect(await textOf(link.first())).toBe(
      'Oppstartsdato: Skriv datoen som dd.mm.åååå, for eksempel 24.01.2025',
    );
    await checkPage(page, '32-soknad-dato-feil');
    await start.fill('01.04.2025');
    await start.press('Tab');
    await link.first().waitFor({ state: 'detached' });
  });
});
