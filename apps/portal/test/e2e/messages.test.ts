import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const QUESTION = 'Kan dere sende oss timelistene for 2024?\nVi trenger dem før vi vurderer rapporten.';
const ANSWER = 'Timelistene ligger i vedlegget til statusrapporten, side 3.';

/** Messages on a case: the county office asks for more, the Nav office answers, both see the conversation. */
describe('messages on a case', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  const conversation = () => page.getByRole('region', { name: 'Meldinger i saken' }).getByRole('listitem');

  it('lets the caseworker ask the Nav office, and says what is missing first', async () => {
    await logIn(page, /Per Olsen/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).click();
    const messages = page.getByRole('region', { name: 'Meldinger i saken' });
    await messages.getByText('Ingen meldinger ennå.').waitFor();
    await messages.getByRole('button', { name: 'Send meldingen' }).click();
    await messages.getByText('Må fylles ut').first().waitFor();
    await messages.getByRole('textbox', { name: 'Melding' }).fill(QUESTION);
    await messages.getByRole('button', { name: 'Send meldingen' }).click();
    await messages.getByText('Meldingen er sendt.').waitFor();
    await expect.poll(() => conversation().count()).toBe(1);
    expect(await conversation().first().textContent()).toContain('Vi trenger dem før vi vurderer rapporten.');
    expect(await conversation().first().textContent()).toMatch(
      /^Per Olsen \(Statsforvalteren i Innlandet\), /,
    );
    expect(await messages.getByRole('textbox', { name: 'Melding' }).inputValue()).toBe('');
    await checkPage(page, '70-melding-saksbehandler');
  });

  it('lets the Nav office read the question on its case and answer it', async () => {
    await logIn(page, /Kari Nordmann/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).first().click();
    await page.getByRole('heading', { name: 'Skriv til Statsforvalteren i Innlandet' }).waitFor();
    await expect.poll(() => conversation().count()).toBe(1);
    await page.getByRole('textbox', { name: 'Melding' }).fill(ANSWER);
    await page.getByRole('button', { name: 'Send meldingen' }).click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await conversation().last().textContent()).toContain(ANSWER);
    await checkPage(page, '71-melding-kontor');
  });

  it('shows the caseworker the answer after the question, and the directorate may read but not write', async () => {
    await logIn(page, /Per Olsen/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await conversation().last().textContent()).toMatch(/^Kari Nordmann \(Nav Gjøvik\), /);

    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).first().click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Send meldingen' }).count()).toBe(0);
  });
});
