import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDraft } from '../support/application.js';
import { choose, fileItem, PDF } from '../support/attachments.js';
import { checkPage, logIn, RESULTS_DIR } from '../support/pages.js';
import { officeAndCountySteps } from '../support/suite.js';

const NOT_SCANNED = 'Ikke skannet for skadelig programvare: tjenesten har ingen skanner.';

const saved = (page: Page) => page.getByText(/^Lagret kl\./).waitFor();

/** A file dropped on the dropzone, as a person drags it from the file manager. */
async function drop(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text ?? ''], fileName ?? '', { type: 'application/pdf' }));
      return data;
    },
    [name, content],
  );
  const zone = page.locator('.aksel-dropzone__area');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/**
 * Issue 16 in the portal, on the draft «Boligsosialt løft» that Nav Midt-Telemark's staff member (Sigrid Undset)
 * and its head (Aasmund Vinje) both edit: files uploaded by keyboard and by drag and drop, with progress and the
 * scan state in words (the browser suite's API has no scanner: «ikke skannet»); two saves at once, settled by
 * choosing the other's version while one's own is kept; an edit after a signature voids it; the county office's
 * caseworker (Liv Dahl) sees the file and downloads it.
 */
describe('a shared draft: attachments, two editors, sign-off voided by an edit', () => {
  const steps = officeAndCountySteps();
  let staff: Page;
  let other: Page;
  let draftPath = '';
  beforeAll(() => {
    ({ office: staff, county: other } = steps.pages);
  });

  it('the staff member uploads a file by keyboard, sees it is not scanned, and the draft refers to it', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(staff, /Sigrid Undset/);
    await openDemoDraft(staff);
    draftPath = new URL(staff.url()).pathname;
    // The types and limits are said before anything is chosen.
    await staff.getByText('Hver fil kan være høyst 10 MB', { exact: false }).first().waitFor();

    const chooser = staff.waitForEvent('filechooser');
    await staff.getByRole('button', { name: /Velg filer/ }).focus();
    await staff.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'behovsanalyse.pdf', mimeType: 'application/pdf', buffer: PDF });
    await fileItem(staff, 'behovsanalyse.pdf').getByText(NOT_SCANNED, { exact: false }).waitFor();
    await staff.getByRole('status').filter({ hasText: 'behovsanalyse.pdf er lastet opp.' }).waitFor();
    await saved(staff);

    // From the API after a reload: the file and the draft's reference to it were kept.
    await staff.reload();
    await fileItem(staff, 'behovsanalyse.pdf').getByText(NOT_SCANNED, { exact: false }).waitFor();
  });

  it('a file that is not what its name says is refused in words; progress shows; a draft file is deleted', async (ctx) => {
    steps.skipIfBroken(ctx);
    await drop(staff, 'regnskap.pdf', 'Dette er tekst, ikke en PDF.');
    await fileItem(staff, 'regnskap.pdf')
      .getByText('Filtypen er ikke tillatt. Last opp PDF, PNG, JPEG, XLSX, DOCX eller ODT.')
      .waitFor();

    // Held back a moment, the upload shows its progress.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await staff.route('**/attachments?*', async (route) => {
      await held;
      await route.continue();
    });
    await choose(staff, 'budsjettnotat.pdf', PDF);
    await staff.getByRole('progressbar', { name: /^Laster opp budsjettnotat\.pdf: \d+ %$/ }).waitFor();
    release();
    await fileItem(staff, 'budsjettnotat.pdf').getByText(NOT_SCANNED, { exact: false }).waitFor();
    await staff.unroute('**/attachments?*');
    await saved(staff);
    await checkPage(staff, '40-utkast-vedlegg');

    await fileItem(staff, 'budsjettnotat.pdf').getByRole('button', { name: /Slett/ }).click();
    await staff.getByRole('status').filter({ hasText: 'budsjettnotat.pdf er slettet.' }).waitFor();
    expect(await fileItem(staff, 'budsjettnotat.pdf').count()).toBe(0);
    await staff.reload();
    await fileItem(staff, 'behovsanalyse.pdf').waitFor();
    expect(await fileItem(staff, 'budsjettnotat.pdf').count()).toBe(0);
  });

  it('two save at once: the second sees whose change came first, takes it, and keeps their own aside', async (ctx) => {
    steps.skipIfBroken(ctx);
    await staff.getByText('Steg 2 av 6').waitFor();
    await logIn(other, /Aasmund Vinje/);
    await openDemoDraft(other);
    await other.getByLabel('Navn på tiltaket').fill('Boligsosialt løft i Midt-Telemark');
    await saved(other);

    // The staff member's page still holds the version before the head's save.
    await staff.getByLabel('Navn på tiltaket').fill('Boligsosialt løft for alle');
    await staff.getByText('Ikke lagret: utkastet er endret et annet sted.').first().waitFor();
    await staff
      .getByText(/^Aasmund Vinje lagret endringer kl\. \d\d[:.]\d\d mens du skrev: Navn på tiltaket\.$/)
      .waitFor();
    await checkPage(staff, '41-utkast-samtidig-endret');

    await staff.getByRole('button', { name: 'Bruk den andres versjon' }).click();
    // The draft as the head saved it, on the step the staff member was on.
    await expect
      .poll(() => staff.getByLabel('Navn på tiltaket').inputValue())
      .toBe('Boligsosialt løft i Midt-Telemark');
    expect(await staff.getByText('Ikke lagret: utkastet er endret et annet sted.').count()).toBe(0);
  });

  it('the case page of the draft says who changed which fields, and keeps the version chosen away', async (ctx) => {
    steps.skipIfBroken(ctx);
    await staff.goto(draftPath.replace('/kontor/soknad/', '/kontor/sak/'));
    await staff.getByRole('heading', { name: 'Endringer i utkastet' }).waitFor();
    const changes = staff.locator('.revisions').first();
    await changes.getByText('Aasmund Vinje endret Navn på tiltaket').waitFor();
    await changes.getByText('Sigrid Undset endret Navn på tiltaket').waitFor();
    expect(
      await changes
        .getByText('Valgt bort da to lagret samtidig, og tatt vare på: denne versjonen gjelder ikke.')
        .count(),
    ).toBe(1);
    await fileItem(staff, 'behovsanalyse.pdf').getByText(NOT_SCANNED, { exact: false }).waitFor();
    await checkPage(staff, '42-utkast-endringer');
  });

  it('a signature given is void once the draft is opened and edited; both sign again and it is sent in', async (ctx) => {
    steps.skipIfBroken(ctx);
    const sendForSigning = async () => {
      await staff.goto(draftPath);
      // The wizard opens on the step this person was on last.
      await staff.getByText(/^Steg \d av 6$/).waitFor();
      while ((await staff.getByText('Steg 6 av 6').count()) === 0)
        await staff.getByRole('button', { name: 'Neste' }).click();
      await staff.getByRole('button', { name: 'Send til signering' }).click();
      await staff.getByRole('heading', { name: 'Signering (§ 7)' }).waitFor();
    };
    const sign = async (signer: RegExp) => {
      await logIn(other, signer);
      await other.goto(draftPath.replace('/kontor/soknad/', '/kontor/sak/'));
      await other.getByRole('button', { name: 'Signer søknaden' }).click();
      await other.getByRole('button', { name: 'Signer søknaden' }).waitFor({ state: 'detached' });
    };
    await sendForSigning();
    await sign(/Aasmund Vinje/);

    // The staff member opens it for an edit: the head's signature was for the content as it was.
    await staff.reload();
    await expect.poll(() => staff.getByText('Har ikke signert ennå').count()).toBe(1);
    await staff.getByRole('button', { name: 'Åpne for endring' }).click();
    await staff.getByText('Fortsett på søknaden').click();
    // Sent for signing, the wizard forgot its step: it starts from the first.
    await staff.getByText('Steg 1 av 6').waitFor();
    await staff.getByRole('button', { name: 'Neste' }).click();
    await staff.getByLabel('Navn på tiltaket').fill('Boligsosialt løft i Midt-Telemark 2025');
    await saved(staff);
    await sendForSigning();
    await expect.poll(() => staff.getByText('Har ikke signert ennå').count()).toBe(2);
    await checkPage(staff, '43-signatur-falt-bort');

    await sign(/Aasmund Vinje/);
    await sign(/Olav Duun/);
    await staff.reload();
    await staff.getByRole('button', { name: 'Send inn søknaden' }).click();
    await staff.waitForURL(/\/kvittering$/);
  });

  it('the caseworker sees the file with its scan state and downloads it', async (ctx) => {
    steps.skipIfBroken(ctx);
    await logIn(other, /Liv Dahl/);
    await other.goto(draftPath.replace('/kontor/soknad/', '/saker/'));
    await other.getByRole('heading', { name: 'Vedlegg' }).waitFor();
    const item = fileItem(other, 'behovsanalyse.pdf');
    await item.getByText(NOT_SCANNED, { exact: false }).waitFor();
    await checkPage(other, '44-saksbehandler-vedlegg');
    const download = other.waitForEvent('download');
    await item.getByRole('link', { name: 'behovsanalyse.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('behovsanalyse.pdf');
    await file.saveAs(`${RESULTS_DIR}behovsanalyse.pdf`);
    expect(readFileSync(`${RESULTS_DIR}behovsanalyse.pdf`)).toEqual(PDF);
  });
});
