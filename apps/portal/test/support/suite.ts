import { launchChromium } from '@sosialtilskudd/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, type TestContext } from 'vitest';
import { newPage, saveFailure } from './pages.js';
import { type RunningPortal, startPortal } from './portal.js';

export interface BrowserSuite {
  portal: RunningPortal;
  browser: Browser;
}

/**
 * A test file's portal (API on a fresh database, the built portal) and Chromium, started before its tests and
 * stopped after them; the pages a failed test leaves are photographed.
 */
export function browserSuite(pages: () => Record<string, Page | undefined>): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.portal, suite.browser] = await Promise.all([startPortal(), launchChromium()]);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const open = Object.entries(pages()).filter((entry): entry is [string, Page] => entry[1] !== undefined);
    await saveFailure(ctx.task.name, Object.fromEntries(open));
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.portal?.stop();
  });
  return suite;
}

/**
 * A story told in steps by the two roles, each in its own browser context: the Nav office and the county office.
 * Each step needs the one before, so after a failure the rest are skipped, not reported as failures of their own.
 */
export function officeAndCountySteps() {
  const pages = {} as { office: Page; county: Page };
  const suite = browserSuite(() => pages);
  beforeAll(async () => {
    pages.office = await newPage(suite.browser, suite.portal.url);
    pages.county = await newPage(suite.browser, suite.portal.url);
  });
  let broken = false;
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') broken = true;
  });
  return {
    pages,
    skipIfBroken: (ctx: TestContext) => {
      if (broken) ctx.skip();
    },
  };
}
