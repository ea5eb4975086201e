import { readFileSync } from 'node:fs';
import { GOAL_CRITERION_IDS, STATE_LABELS } from '@sosialtilskudd/domain';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillDescriptionStep, fillMeasureStep, TEXT } from '../support/application.js';
import { choose, fileItem, PDF } from '../support/attachments.js';
import { checkPage, logIn, RESULTS_DIR } from '../support/pages.js';
import { officeAndCountySteps } from '../support/suite.js';

const MEASURE = 'Ung og trygg i Frogner';

/** A table row's text with the thousands separators (no-break spaces) as plain spaces. */
const rowText = async (scope: Locator, header: string) =>
  (
    (await scope
      .getByRole('row', { name: new RegExp(header) })
      .first()
      .textContent()) ?? ''
  ).replace(/[\u00a0\u202f]/g, ' ');

/**
 * A report's accounts for «Ung i jobb Frogner» (the demo's 2024 budget: two positions, competence funds and two
 * other costs), all as budgeted, the grant all spent (the server signs for the sender).
 */
async function fillAccounts(office: Page) {
  for (const [row, amount] of ['780800', '384000', '20000', '18000', '12000'].entries())
    await office.getByLabel(`Regnskap (kr), rad ${row + 1}`).fill(amount);
  await office.getByLabel('Herav dekket av tilskuddet (kr)').fill('995000');
  await office.getByLabel('Søkes overført til neste år (kr)').fill('0');
  await office.getByLabel('Tilbakebetales (kr)').fill('0');
}

/**
 * One grant's life through the portal, as the two roles see it: Nav Frogner applies and keeps a PDF copy, the
 * county office (Statsforvalteren i Østfold, Buskerud, Oslo og Akershus) decides and writes the letter, Nav Frogner
 * accepts, the county office pays. Reports are due only after the grant year, so on the demo's day (27 January
 * 2025) Nav Frogner reports on its 2024 grant, whose measure ended on 31 December: the status report with accounts,
 * then the final report. Every page on the way is checked by axe.
 */
describe('lifecycle through the UI', () => {
  const steps = officeAndCountySteps();
  let office: Page;
  let county: Page;
  let caseUrl = '';
  let officeCaseUrl = '';
  beforeAll(() => {
    ({ office, county } = steps.pages);
  });

  it('Nav office sees what is due and fills in and submits an application step by step', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(office, /Jonas Lie/);
    await expect.poll(() => office.getByText('Søknadsfrist 2025: 1. februar 2025').count()).toBe(1);
    await checkPage(office, '01-kontor-oversikt');

    await office.getByRole('button', { name: 'Start ny søknad' }).click();
    await office.getByText('Steg 1 av 6').waitFor();
    // The office's details come from its last application.
    expect(await office.getByLabel('Nav-kontorets navn').inputValue()).toBe('Nav Frogner');
    await checkPage(office, '02-soknad-steg-1');
    await office.getByRole('button', { name: 'Neste' }).click();

    await fillMeasureStep(office, MEASURE);
    await fillDescriptionStep(office);

    await office.getByRole('button', { name: 'Legg til rad' }).first().click();
    await office.getByLabel('Stillingstittel, rad 1').fill('Ungdomsveileder');
    await office.getByLabel('Stillingsprosent, rad 1').fill('100');
    await office.getByLabel('Måneder, rad 1').fill('9');
    await office.getByLabel('Lønn (kr), rad 1').fill('500000');
    await office.getByLabel('Sosiale utgifter (kr), rad 1').fill('150000');
    await office.getByLabel('Søkt tilskudd (kr), rad 1').fill('480000');
    await checkPage(office, '03-soknad-budsjett');
    await office.getByRole('button', { name: 'Neste' }).click();

    await office.getByLabel('Nei').check();
    // Complete enough to follow the schema: the API now has the draft.
    await office.getByText(/^Lagret kl\./).waitFor();
    await office.getByRole('button', { name: 'Neste' }).click();
    await office.getByText('Steg 6 av 6').waitFor();
    await checkPage(office, '04-soknad-oppsummering');

    // § 7: the draft goes to the Nav office head and the chief executive, and is locked meanwhile; each address
    // given here gets an e-mail with a link to it. A wrong address is said at its field before anything is sent.
    const headEmail = office.getByRole('textbox', { name: 'E-post til Nav-lederen (valgfritt)' });
    await headEmail.fill('nav-lederen');
    await office.getByRole('button', { name: 'Send til signering' }).click();
    await office.getByText('Skriv en e-postadresse, for eksempel navn@kommune.no').waitFor();
    expect(await headEmail.evaluate((e) => e === document.activeElement)).toBe(true);
    await checkPage(office, '04a-soknad-varsel-til-signering');
    await headEmail.fill('leder@nav-signering.example.no');
    await office
      .getByRole('textbox', { name: 'E-post til kommunedirektøren / rådmannen (valgfritt)' })
      .fill('kommunedirektor@signering.example.no');
    await office.getByRole('button', { name: 'Send til signering' }).click();
    await office.waitForURL(/\/kontor\/sak\/[^/]+$/);
    await office.getByRole('heading', { name: 'Signering (§ 7)' }).waitFor();
    expect(await office.getByText('Har ikke signert ennå').count()).toBe(2);
    expect(await office.getByRole('link', { name: 'Fortsett på søknaden' }).count()).toBe(0);
    await checkPage(office, '04b-sendt-til-signering');
    officeCaseUrl = new URL(office.url()).pathname;
    // Without SMTP the notices wait in the development outbox, one for each signer named. They are added with the
    // request for signing, so the page shows both once it has read the outbox (a poll reloading the page could
    // count before the list came, and its one second ran out on a loaded machine).
    await office.goto('/dev/mail');
    const notice = office.getByRole('heading', {
      name: `Søknaden om tilskudd til «${MEASURE}» venter på signaturen din`,
    });
    await notice.first().waitFor();
    expect(await notice.count()).toBe(2);
  });

  it('the Nav office head and the chief executive each find the application waiting and sign it', async (ctx) => {
    steps.skipIfBroken(ctx);
    for (const [signer, signed] of [
      [/Camilla Collett/, 1],
      [/Henrik Wergeland/, 2],
    ] as const) {
      await logIn(office, signer);
      await office
        .getByRole('link', { name: `Signer søknaden om «${MEASURE}» (frist for søknaden 1. februar 2025)` })
        .click();
      await office.waitForURL(officeCaseUrl);
      await office
        .getByText('Du signerer søknaden slik den står på denne siden.', { exact: false })
        .waitFor();
      if (signed === 1) await checkPage(office, '04c-signering');
      await office.getByRole('button', { name: 'Signer søknaden' }).click();
      await expect.poll(() => office.getByText('Har ikke signert ennå').count()).toBe(2 - signed);
    }
    await office.getByText('Begge har signert. Nav-kontoret kan nå sende inn søknaden.').waitFor();
    await checkPage(office, '04d-signert');
  });

  it('the Nav office sends the signed application in', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(office, /Jonas Lie/);
    await office.goto(officeCaseUrl);
    await office.getByRole('button', { name: 'Send inn søknaden' }).click();
    await office.waitForURL(/\/kvittering$/);
    await office.getByText('Søknaden er sendt').waitFor();
    expect(await office.getByText(/^2025\/\d+$/).count()).toBe(1);
    await checkPage(office, '05-kvittering');
    // A copy of what was sent, as PDF.
    const copy = office.waitForEvent('download');
    await office.getByRole('button', { name: 'Last ned søknaden (PDF)' }).click();
    const saved = await copy;
    expect(saved.suggestedFilename()).toMatch(/^soknad-2025-\d+\.pdf$/);
    const file = `${RESULTS_DIR}soknad.pdf`;
    await saved.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await office.getByText('Søknaden er lastet ned.').waitFor();
    caseUrl = new URL(office.url()).pathname.replace('/kontor/soknad/', '/saker/').replace('/kvittering', '');
  });

  it('the caseworker reads the application, decides, issues the letter and downloads it as PDF', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(county, /Aud Berg/);
    await county.getByRole('link', { name: MEASURE }).waitFor();
    await checkPage(county, '06-saker');
    await county.getByRole('link', { name: MEASURE }).click();
    await county.waitForURL(caseUrl);
    // A readable summary, not a form.
    await county.getByRole('heading', { name: 'Søknaden' }).waitFor();
    expect(await county.getByText('Ungdomsveileder').count()).toBeGreaterThan(0);
    await checkPage(county, '07-sak-til-behandling');

    // Errors are announced in a summary whose links take the keyboard to the field.
    await county.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    const summary = county.getByRole('link', { name: 'Utfall: må fylles ut' });
    await summary.click();
    expect(await county.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');

    await county.getByLabel('Innvilg').check();
    expect(await county.getByLabel('Tilskudd (kr)').inputValue()).toBe('480 000');
    await county
      .getByLabel('Vurdering')
      .fill('Tiltaket svarer på de prioriterte områdene og har en god plan.');
    await county.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    await county.getByText('Forslaget til beslutning er sendt til godkjenning.').waitFor();
    await county
      .getByText(/^Venter på godkjenning: innvilgelse av 480\s000\skr, foreslått av Aud Berg/)
      .waitFor();
    await checkPage(county, '08a-sak-venter-pa-godkjenning');

    // Totrinnskontroll: the approver finds it in the queue, sends it back once with a reason, then approves.
    await logIn(county, /Knut Hamsun/);
    const queued = county.getByRole('link', {
      name: /^Sak 2025\/\d+: innvilgelse av 480\s000\skr, foreslått av Aud Berg/,
    });
    await checkPage(county, '08b-til-godkjenning');
    await queued.click();
    await county.waitForURL(caseUrl);
    await county.getByRole('button', { name: 'Send tilbake' }).click();
    await county.getByRole('link', { name: 'Årsak: må fylles ut' }).waitFor();
    await county.getByLabel('Årsak').selectOption('mangelfull-vurdering');
    await county
      .getByLabel('Hva skal saksbehandleren se på eller endre?')
      .fill('Skriv hvordan tiltaket treffer § 5.');
    await checkPage(county, '08c-godkjenning');
    await county.getByRole('button', { name: 'Send tilbake' }).click();
    await county.getByText('Forslaget er sendt tilbake til saksbehandleren.').waitFor();

    await logIn(county, /Aud Berg/);
    await county.goto(caseUrl);
    await county
      .getByText(
        /^Knut Hamsun sendte forslaget om innvilgelse av 480\s000\skr tilbake .*: Vurderingen mot tildelingskriteriene er mangelfull \(§ 5\)\.$/,
      )
      .waitFor();
    await county.getByText('Kommentar: Skriv hvordan tiltaket treffer § 5.').waitFor();
    await checkPage(county, '08d-sendt-tilbake');
    await county.getByLabel('Innvilg').check();
    await county
      .getByLabel('Vurdering')
      .fill('Tiltaket svarer på de prioriterte områdene (§ 5) og har en god plan.');
    await county.getByRole('button', { name: 'Send beslutningen til godkjenning' }).click();
    await county.getByText('Forslaget til beslutning er sendt til godkjenning.').waitFor();

    await logIn(county, /Knut Hamsun/);
    await county.goto(caseUrl);
    await county.getByRole('button', { name: 'Godkjenn' }).click();
    await county.getByText('Forslaget er godkjent og registrert i saken.').waitFor();

    await logIn(county, /Aud Berg/);
    await county.goto(caseUrl);
    await county.getByText(/^Beslutning: innvilget/).waitFor();
    await checkPage(county, '08-sak-brev');

    await county.getByRole('button', { name: 'Utsted brevet' }).click();
    await county.getByText('Brevet er utstedt.').waitFor();
    const download = county.waitForEvent('download');
    await county.getByRole('button', { name: 'Last ned brevet (PDF)' }).click();
    const pdf = await download;
    const file = `${RESULTS_DIR}tilskuddsbrev.pdf`;
    await pdf.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await county.getByText('Brevet er lastet ned.').waitFor();
    // The next step taken, the last one's notice is no longer news.
    expect(await county.getByText('Brevet er utstedt.').count()).toBe(0);
    await checkPage(county, '09-sak-innvilget');
  });

  it('the chief executive accepts the grant by the letter’s deadline (§ 10)', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(office, /Henrik Wergeland/);
    await office.getByRole('link', { name: /Bekreft tilskuddet til «Ung og trygg i Frogner» innen/ }).click();
    await office.waitForURL(/\/kontor\/sak\//);
    await office.getByRole('button', { name: 'Bekreft tilskuddet', exact: true }).click();
    await office.getByRole('checkbox', { name: 'Vi aksepterer vilkårene i tilskuddsbrevet' }).check();
    await office.getByLabel('Eget koststed for tiltaket').fill('1420-UNGTRYGG');
    await checkPage(office, '10-bekreftelse');
    await office.getByRole('button', { name: 'Neste' }).click();
    await office.getByRole('button', { name: 'Send inn' }).click();
    await office.getByText('Bekreftelsen er sendt.').waitFor();
  });

  it('the county office pays the grant', async (ctx) => {
    steps.skipIfBroken(ctx);
    await county.goto(caseUrl);
    await county.getByRole('button', { name: 'Send utbetalingen til godkjenning' }).click();
    await county.getByText('Forslaget til utbetaling er sendt til godkjenning.').waitFor();
    await logIn(county, /Knut Hamsun/);
    await county.goto(caseUrl);
    await county.getByText(/^Aud Berg foreslår utbetaling av /).waitFor();
    await county.getByRole('button', { name: 'Godkjenn' }).click();
    await county.getByText('Forslaget er godkjent og registrert i saken.').waitFor();
    await logIn(county, /Aud Berg/);
  });

  it('the new grant asks for no report before its year is over; the 2024 grant’s status report is due', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(office, /Jonas Lie/);
    await office.goto(officeCaseUrl);
    await office.getByText(/^Statusrapporten for 2025 kan sendes fra 1\. januar 2026/).waitFor();
    expect(await office.getByRole('button', { name: 'Send statusrapport med regnskap' }).count()).toBe(0);
    expect(await office.getByText(/^Sluttrapporten sendes når tiltaket er avsluttet/).count()).toBe(1);
    await checkPage(office, '12-sak-utbetalt');

    await office.goto('/kontor');
    await office
      .getByRole('link', {
        name: /^Statusrapport med regnskap for «Ung i jobb Frogner» innen 1\. februar 2025/,
      })
      .click();
    await office.getByRole('button', { name: 'Send statusrapport med regnskap' }).click();
    await office.getByLabel('Status for gjennomføring').fill(TEXT);
    await office.getByLabel('Brukermedvirkning').fill(TEXT);
    const goals = office.getByRole('group', { name: 'Lokal måloppnåelse' });
    await goals.getByRole('button', { name: 'Legg til' }).click();
    await goals.getByLabel('Kriterium (§ 3)').selectOption({ index: 1 });
    await goals.getByRole('radio', { name: 'Delvis' }).check();
    await goals.getByLabel('Beskrivelse').fill(TEXT);
    await fillAccounts(office);
    // The chart under the form follows the accounts as they are typed.
    const live = office.getByRole('region', { name: 'Regnskapet mot budsjettet' });
    await expect
      .poll(() => rowText(live, 'Ungdomskoordinator'))
      .toBe('Ungdomskoordinator384 000 kr384 000 kr0 kr');
    // Seed 003: the accounts may carry documentation, sent with the report.
    await office
      .getByText('Legg gjerne ved dokumentasjon av kostnadene i regnskapet.', { exact: false })
      .first()
      .waitFor();
    await choose(office, 'bilag-2024.pdf', PDF);
    await fileItem(office, 'bilag-2024.pdf')
      .getByText('Ikke skannet for skadelig programvare', { exact: false })
      .waitFor();
    await checkPage(office, '11-statusrapport');
    await office.getByRole('button', { name: 'Neste' }).click();
    await office.getByRole('button', { name: 'Send inn' }).click();
    await office.getByText('Statusrapporten er sendt.').waitFor();
    // The report holds the file now: listed on the case, and locked (no delete).
    await fileItem(office, 'bilag-2024.pdf').waitFor();
    expect(await fileItem(office, 'bilag-2024.pdf').getByRole('button').count()).toBe(0);

    const accounts = office.getByRole('region', { name: 'Budsjett og regnskap' });
    await accounts.getByRole('img', { name: /Budsjett og regnskap per post/ }).waitFor();
    expect(await rowText(accounts, 'Ungdomskoordinator')).toBe('Ungdomskoordinator384 000 kr384 000 kr0 kr');
    await checkPage(office, '12-sak-rapportert');

    // The measure ended on 31 December: the final report is due too, and starts from the budget's lines.
    await office.getByRole('button', { name: 'Send sluttrapport' }).click();
    expect(await office.getByLabel('Post, rad 1').inputValue()).toBe('Boligsosial veileder');
    await checkPage(office, '19-sluttrapport');
  });

  it('the Nav office assesses all eight § 3 criteria, sends the final report and sees the case final-reported', async (ctx) => {
    steps.skipIfBroken(ctx);
    await office.getByLabel('Sammendrag').fill(TEXT);
    const goals = office.getByRole('group', { name: /^Måloppnåelse Alle kriteriene/ });
    // § 3 and § 11: a final report assesses every criterion, each once.
    for (let i = 0; i < GOAL_CRITERION_IDS.length; i++) {
      await goals.getByRole('button', { name: 'Legg til' }).click();
      const item = goals.getByRole('group', { name: /^Måloppnåelse for kriterium/ }).nth(i);
      await item.getByLabel('Kriterium (§ 3)').selectOption({ index: i + 1 });
      await item.getByRole('radio', { name: 'Oppnådd', exact: true }).check();
      await item.getByLabel('Beskrivelse').fill(TEXT);
    }
    const implementation = office.getByRole('group', { name: 'Implementering i ordinær drift' });
    await implementation.getByRole('radio', { name: 'Ja' }).check();
    await implementation.getByLabel('Hvordan tiltaket er videreført').fill(TEXT);
    await office.getByLabel('Erfaringer andre kan ha nytte av').fill(TEXT);
    await office.getByLabel('Brukermedvirkning').fill(TEXT);
    await fillAccounts(office);
    await checkPage(office, '20-sluttrapport-utfylt');
    await office.getByRole('button', { name: 'Neste' }).click();
    await office.getByRole('button', { name: 'Send inn' }).click();
    await office.waitForURL(/\/kontor\/sak\/[^/]+$/);
    await office.getByText('Sluttrapporten er sendt.').waitFor();
    // The case's state tag: the lifecycle's reportFinal event has moved it from «Rapportert».
    await office.getByText(STATE_LABELS['final-reported'], { exact: true }).waitFor();
    expect(await office.getByText(STATE_LABELS.reported, { exact: true }).count()).toBe(0);
    await checkPage(office, '21-sak-sluttrapportert');
  });
});
