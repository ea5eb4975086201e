import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { choose, PDF } from '../support/attachments.js';
import { checkPage, logIn, newPage, RESULTS_DIR } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const QUESTION = 'Kan dere sende oss timelistene for 2024?\nVi trenger dem før vi vurderer rapporten.';
const ANSWER = 'Timelistene ligger i vedlegget til statusrapporten, side 3.';

const NOT_SCANNED = 'Ikke skannet for skadelig programvare';

/**
 * Messages on a case: the county office asks for more, the Nav office answers, both see the conversation, and
 * each side sends files with its message that the other downloads.
 */
describe('messages on a case', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  // The messages themselves, not the files listed inside them.
  const conversation = () =>
    page.getByRole('region', { name: 'Meldinger i saken' }).locator('ol.case-messages > li');

  /** A file chosen for the message being written, listed under the form once the API has it. */
  async function attach(name: string) {
    await choose(page, name, PDF);
    await page
      .getByRole('status')
      .filter({ hasText: `${name} er lastet opp.` })
      .waitFor();
  }

  /** The file in a message, downloaded by clicking its name: the bytes that were sent. */
  async function downloadFrom(message: ReturnType<Page['locator']>, name: string) {
    const download = page.waitForEvent('download');
    await message.getByRole('link', { name }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    await file.saveAs(`${RESULTS_DIR}${name}`);
    expect(readFileSync(`${RESULTS_DIR}${name}`)).toEqual(PDF);
  }

  it('lets the caseworker ask the Nav office, and says what is missing first', async () => {
    await logIn(page, /Per Olsen/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).click();
    const messages = page.getByRole('region', { name: 'Meldinger i saken' });
    await messages.getByText('Ingen meldinger ennå.').waitFor();
    await messages.getByRole('button', { name: 'Send meldingen' }).click();
    await messages.getByText('Må fylles ut').first().waitFor();
    await messages.getByRole('textbox', { name: 'Melding' }).fill(QUESTION);
    // The file's kinds and limits are said before one is chosen.
    await messages.getByText('Mottakeren ser dem når meldingen er sendt.', { exact: false }).waitFor();
    await attach('Merknader til rapporten.pdf');
    await checkPage(page, '70-melding-saksbehandler-vedlegg');
    await messages.getByRole('button', { name: 'Send meldingen' }).click();
    await messages.getByText('Meldingen er sendt.', { exact: true }).waitFor();
    await expect.poll(() => conversation().count()).toBe(1);
    await conversation().first().getByText(NOT_SCANNED, { exact: false }).waitFor();
    // Sent: the form offers no file again.
    expect(await messages.locator('form').getByText('Merknader til rapporten.pdf').count()).toBe(0);
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
    await downloadFrom(conversation().first(), 'Merknader til rapporten.pdf');
    await page.getByRole('textbox', { name: 'Melding' }).fill(ANSWER);
    await attach('Timelister 2024.pdf');
    await page.getByRole('button', { name: 'Send meldingen' }).click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await conversation().last().textContent()).toContain(ANSWER);
    expect(await conversation().last().textContent()).toContain('Timelister 2024.pdf');
    await checkPage(page, '71-melding-kontor');
  });

  it('shows the caseworker the answer after the question, and the directorate may read but not write', async () => {
    await logIn(page, /Per Olsen/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await conversation().last().textContent()).toMatch(/^Kari Nordmann \(Nav Gjøvik\), /);
    await downloadFrom(conversation().last(), 'Timelister 2024.pdf');
    await checkPage(page, '72-melding-saksbehandler-svar');

    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Trygg bolig – ung start' }).first().click();
    await expect.poll(() => conversation().count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Send meldingen' }).count()).toBe(0);
  });
});
