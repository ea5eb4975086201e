import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { saveFailure } from './pages.js';
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
