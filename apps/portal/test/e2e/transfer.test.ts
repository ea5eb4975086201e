import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, logIn } from '../support/pages.js';
import { officeAndCountySteps } from '../support/suite.js';

const MEASURE = 'Trygg bolig – ung start';
/** Text with the thousands separators (no-break spaces) as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Matches the text whatever kind of space the page puts between digits and before «kr». */
const spaced = (text: string) => new RegExp(text.replace(/[()]/g, '\\$&').replace(/ /g, '\\s'));

/**
 * Unused funds (§ 10): Nav Gjøvik's demo case for 2024 is reported with 40 000 kr unused and asked to be moved
 * on. The office asks for the transfer, the county office (Statsforvalteren i Innlandet) approves part of it,
 * and both see the decision among the case's documents.
 */
describe('transfer of unused funds through the UI', () => {
  const steps = officeAndCountySteps();
  let office: Page;
  let county: Page;
  let applicationId = '';
  beforeAll(() => {
    ({ office, county } = steps.pages);
  });

  it('the Nav office asks to move the unused funds, and more than the report shows is refused', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(office, /Kari Nordmann/);
    await office.getByRole('link', { name: MEASURE, exact: true }).click();
    await office.waitForURL(/\/kontor\/sak\//);
    applicationId = office.url().split('/').at(-1) ?? '';
    await office.getByRole('button', { name: 'Be om å overføre ubrukte midler' }).click();
    await office.waitForURL(/\/overforing$/);
    // The form starts from the status report: its year and what it asked to move.
    const amount = office.getByLabel('Beløp som ønskes overført (kr)');
    expect(plain(await amount.inputValue())).toBe('40 000');
    await checkPage(office, '22-overforing');

    await amount.fill('50000');
    await office
      .getByLabel('Hvorfor midlene ikke er brukt')
      .fill('Den ene stillingen sto ledig i tre måneder.');
    await office
      .getByLabel('Planlagt bruk neste år')
      .fill('Midlene brukes til å forlenge stillingen ut året.');
    await office.getByRole('button', { name: 'Neste' }).click();
    // TRANSFER_EXCEEDS_UNUSED (§ 10), judged in the browser by the domain's rule: the step is not left.
    await office
      .getByRole('link', {
        name: spaced('Det kan ikke overføres mer enn ubenyttede midler i statusrapporten (40 000 kr)'),
      })
      .waitFor();
    await office.getByText('Steg 1 av 2').waitFor();

    await amount.fill('40000');
    await office.getByRole('button', { name: 'Neste' }).click();
    await office.getByRole('button', { name: 'Send inn' }).click();
    await office.waitForURL(/\/kontor\/sak\/[^/]+$/);
    await office.getByText('Forespørselen om overføring er sendt.').waitFor();
    await office
      .getByText(spaced('Forespørsel om å overføre 40 000 kr fra 2024: venter på statsforvalteren'))
      .waitFor();
    // One request per year: the button is gone.
    expect(await office.getByRole('button', { name: 'Be om å overføre ubrukte midler' }).count()).toBe(0);
    await checkPage(office, '23-sak-overforing-sendt');
  });

  it('the county office approves part of it, and the office sees the decision', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(county, /Per Olsen/);
    await county.goto(`/saker/${applicationId}`);
    const form = county.getByRole('region', { name: 'Forespørsel om overføring' });
    await form.getByText('Den ene stillingen sto ledig i tre måneder.').waitFor();
    await checkPage(county, '24-sak-overforing-avgjores');
    await form.getByRole('radio', { name: 'Godkjenn overføringen' }).check();
    await form.getByLabel('Godkjent beløp (kr)').fill('30000');
    await form.getByRole('button', { name: 'Registrer beslutningen' }).click();
    await county.getByText('Beslutningen om overføring er registrert.').waitFor();
    await county.getByText(spaced('Overføring fra 2024: 30 000 kr godkjent av 40 000 kr søkt')).waitFor();
    expect(await county.getByRole('region', { name: 'Forespørsel om overføring' }).count()).toBe(0);

    await office.reload();
    await office.getByText(spaced('Overføring fra 2024: 30 000 kr godkjent av 40 000 kr søkt')).waitFor();
  });
});
