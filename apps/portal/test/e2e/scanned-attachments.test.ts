import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The API suite's clamd: a real one on a socket in a temporary folder, with a one-line EICAR signature database.
import { type Clamd, EICAR, startClamd } from '../../../api/test/clamd.js';
import { openDemoDraft } from '../support/application.js';
import { choose, fileItem, PDF } from '../support/attachments.js';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

/** The EICAR test string inside an otherwise real PDF: the type check passes it, the scan must catch it. */
const INFECTED_PDF = Buffer.concat([PDF, EICAR, Buffer.from('\n')]);

/**
 * With a scanner (`CLAMAV_SOCKET`, a real clamd as CI installs it), the office sees each file's verdict come in: a
 * clean file is «skannet», an infected one is named as such, leaves the draft, cannot be downloaded, and is
 * deleted. (Without a scanner the state is «ikke skannet»: `shared-draft.test.ts`.)
 */
describe('attachments scanned by clamd, seen in the portal', () => {
  let clamd: Clamd;
  let page: Page;
  // Before the suite starts the API, which takes the socket from the environment.
  beforeAll(async () => {
    clamd = await startClamd();
    process.env.CLAMAV_SOCKET = clamd.socket;
  });
  const suite = browserSuite(() => ({ page }));
  afterAll(async () => {
    delete process.env.CLAMAV_SOCKET;
    await clamd?.stop();
  });

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
    await logIn(page, /Sigrid Undset/);
    await openDemoDraft(page);
  });

  it('shows a clean file as scanned and an infected one as found, out of the draft and not downloadable', async () => {
    await choose(page, 'tiltaksplan.pdf', PDF);
    await fileItem(page, 'tiltaksplan.pdf')
      .getByText('Skannet: ingen skadelig programvare funnet.', { exact: false })
      .waitFor({ timeout: 30_000 });

    await choose(page, 'infisert.pdf', INFECTED_PDF);
    const infected = fileItem(page, 'infisert.pdf');
    await infected
      .getByText('Skadelig programvare funnet: filen er slettet og blir ikke sendt med.', { exact: false })
      .waitFor({ timeout: 30_000 });
    // Its name is no link: the API hands out no infected file.
    await infected.getByText('infisert.pdf').waitFor();
    expect(await infected.getByRole('link').count()).toBe(0);
    await page.getByText(/^Lagret kl\./).waitFor();
    await checkPage(page, '45-utkast-vedlegg-skannet');

    await infected.getByRole('button', { name: /Slett/ }).click();
    await page.getByRole('status').filter({ hasText: 'infisert.pdf er slettet.' }).waitFor();
    await page.reload();
    await fileItem(page, 'tiltaksplan.pdf')
      .getByText('Skannet: ingen skadelig programvare funnet.', { exact: false })
      .waitFor();
    expect(await fileItem(page, 'infisert.pdf').count()).toBe(0);
  });
});
