import { readFileSync } from 'node:fs';
import type { Schemas } from '@sosialtilskudd/api-client';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNok } from '../../src/i18n/format.js';
import { apiAs } from '../support/api-as.js';
import { checkPage, logIn, newPage, RESULTS_DIR } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const CALL = 'utvikling-sosiale-tjenester-2025';
const board = async (page: Page) =>
  (await apiAs<Schemas['RoundBoard']>(page, 'GET', `/v1/calls/${CALL}/rounds/innlandet`)).body;
const nok = (amount: number) => formatNok(amount, 'nb').replaceAll(/\s/g, '\\s');

/**
 * A round at Statsforvalteren i Innlandet as its people meet it (issue 17): the directorate lowers the frame during
 * the year, the caseworker's grant of the whole amount applied for is refused by the frame in words, a grant of
 * exactly what is left is proposed, the approver sends it back once with a reason and approves it the second time,
 * and the round board then shows nothing left.
 */
describe('an allocation round: the frame, the proposal, the second pair of eyes', () => {
  const pages = {} as { directorate: Page; caseworker: Page; approver: Page };
  const suite = browserSuite(() => pages);
  let left = 0;
  let caseUrl = '';

  beforeAll(async () => {
    for (const who of ['directorate', 'caseworker', 'approver'] as const)
      pages[who] = await newPage(suite.browser, suite.portal.url);
    await logIn(pages.directorate, /Eva Moe/);
    await logIn(pages.caseworker, /Per Olsen/);
    await logIn(pages.approver, /Astrid Holm/);
  });

  it('the directorate issues a new version of the frame, with room for less than the case applies for', async () => {
    const before = await board(pages.directorate);
    const c = before.cases[0] as Schemas['RoundCase'];
    const frame = before.frame as Schemas['FrameRecord'];
    const totals = before.totals as NonNullable<Schemas['RoundBoard']['totals']>;
    left = c.requested - 100_000;
    const issued = await apiAs(pages.directorate, 'POST', `/v1/calls/${CALL}/frames`, {
      ...frame.document,
      version: frame.document.version + 1,
      amount: totals.committed + totals.granted + left,
      changeReason: 'Redusert etter revidert nasjonalbudsjett',
    });
    expect(issued.status).toBe(201);
    caseUrl = `/saker/${c.id}`;
  });

  it('the frame refuses the caseworker’s grant of the whole amount, in words at the amount', async () => {
    const page = pages.caseworker;
    await page.goto(caseUrl);
    await page.getByLabel('Innvilg').check();
    await page.getByLabel('Vurdering', { exact: true }).fill('Godt forankret tiltak som svarer på § 5.');
    await page.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    await page
      .getByText(new RegExp(`går ut over rammen: .* gir ${nok(left)} igjen`))
      .first()
      .waitFor();
    await checkPage(page, '85-ramme-overskredet');
    await page.getByLabel('Tilskudd (kr)').fill(String(left));
    await page.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    await page.getByText('Forslaget til beslutning er sendt til godkjenning.').waitFor();
  });

  it('the approver sends it back with a reason, and approves the new proposal', async () => {
    const approver = pages.approver;
    await approver.goto('/saker');
    await approver
      .getByRole('link', { name: new RegExp(`innvilgelse av ${nok(left)}, foreslått av Per Olsen`) })
      .click();
    await approver.getByLabel('Årsak').selectOption('feil-vilkar');
    await approver
      .getByLabel('Hva skal saksbehandleren se på eller endre?')
      .fill('Legg inn vilkåret om eget prosjektregnskap.');
    await approver.getByRole('button', { name: 'Send tilbake' }).click();
    await approver.getByText('Forslaget er sendt tilbake til saksbehandleren.').waitFor();

    const caseworker = pages.caseworker;
    await caseworker.goto(caseUrl);
    await caseworker.getByText(/Vilkårene er feil eller mangler\.$/).waitFor();
    await caseworker.getByLabel('Innvilg').check();
    await caseworker.getByLabel('Tilskudd (kr)').fill(String(left));
    await caseworker
      .getByLabel('Vurdering', { exact: true })
      .fill('Godt forankret tiltak som svarer på § 5.');
    await caseworker.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    await caseworker.getByText('Forslaget til beslutning er sendt til godkjenning.').waitFor();
    await caseworker.getByText(/^Venter på godkjenning: /).waitFor();

    await approver.goto(caseUrl);
    await checkPage(approver, '86-godkjenning-i-runden');
    await approver.getByRole('button', { name: 'Godkjenn' }).click();
    await approver.getByText('Forslaget er godkjent og registrert i saken.').waitFor();
  });

  it('the round board shows the grant and nothing left', async () => {
    const page = pages.caseworker;
    await page.goto('/saker/runde');
    const after = await board(page);
    expect(after.totals?.remaining).toBe(0);
    expect(after.cases[0]).toMatchObject({ stage: 'granted', amount: left });
    await page
      .getByRole('table', { name: 'Rammen i tall' })
      .getByRole('row', { name: /^Igjen/ })
      .getByText(new RegExp(`^${nok(0)}$`))
      .waitFor();
    await checkPage(page, '87-runde-brukt-opp');
    // The ranked list as a spreadsheet (exceljs, loaded on first use).
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned som Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`tildelingsrunde-${CALL}.xlsx`);
    const saved = `${RESULTS_DIR}tildelingsrunde.xlsx`;
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
