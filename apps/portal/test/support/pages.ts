import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations } from './axe.js';

/** Screenshots of the main pages, kept as test artefacts (gitignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

const scriptErrors = new WeakMap<Page, string[]>();

/** A fresh browser context (its own storage and login) with one page whose script errors are collected. */
export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  scriptErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

export async function logIn(page: Page, userName: RegExp): Promise<void> {
  await page.goto('/logg-inn');
  await page.getByLabel(userName).check();
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
}

/**
 * Every page the tests visit is checked by axe-core (WCAG 2.1 A and AA) and photographed. The page must say
 * what it is (a title and one h1) and have its language set.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.title()).toMatch(/ – Sosialtilsk(udd|ot)$/);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getAttribute('html', 'lang')).toMatch(/^(nb|nn)$/);
  const violations = await axeViolations(page);
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}${name}.png`, fullPage: true });
  expect(violations, `axe fant brudd på «${name}»:\n${describeViolations(violations)}`).toEqual([]);
  expect(scriptErrors.get(page) ?? [], `skriptfeil på «${name}»`).toEqual([]);
}

/** What each browser showed when a test failed, to read beside the error. */
export async function saveFailure(test: string, pages: Record<string, Page>): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const slug = test.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  for (const [name, page] of Object.entries(pages))
    await page.screenshot({ path: `${RESULTS_DIR}FEIL-${slug}-${name}.png`, fullPage: true }).catch(() => {});
}
