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

const HEIGHT = { 390: 844, 1280: 900 } as const;

/**
 * What scrolls sideways (WCAG 1.4.10): the page itself, or a box inside it that hides its overflow behind a
 * scroll bar of its own (a table in an `overflow: auto` wrapper would pass the page's check and still make a
 * person on a phone scroll). Each is named with what sticks out, so the failure says what to fix.
 */
const sidewaysScrolling = (page: Page) =>
  page.evaluate(() => {
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(-4)
        .map((e) => `${name(e)} til ${Math.round(e.getBoundingClientRect().right)} px`);
      found.push(
        `siden er ${root.scrollWidth} px bred i et vindu på ${root.clientWidth} px (${wide.join(', ')})`,
      );
    }
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      const overflowX = getComputedStyle(e).overflowX;
      if ((overflowX === 'auto' || overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1)
        found.push(`${name(e)} ruller sidelengs (${e.scrollWidth} px i ${e.clientWidth} px)`);
    }
    return found;
  });

/**
 * What a person must never read: a rule or schema code, a checksum's technical name, an internal id (a call's,
 * a UUID, unless inside a link that shows its own address), a raw schema message, an amount without its thousands separator.
 */
export const UNREADABLE: readonly [string, RegExp][] = [
  ['kode', /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/],
  ['MOD11', /MOD11/],
  ['utlysningens id', /\b(?:utvikling-sosiale-tjenester|kommunalt-rusarbeid)-\d{4}\b/],
  ['budsjettlinjens id', /\b(?:stilling|kostnad|finansiering|linje)-\d+\b/],
  ['intern id', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/],
  ['skjemamelding', /må være [<>]=?|must (?:NOT )?(?:have|be|match)|påkrevde egenskapen/],
  ['beløp uten tusenskille', /\d{4,}(?:\s|\u00a0)?kr\b/],
];

async function unreadable(page: Page): Promise<string[]> {
  // What is rendered and visible, not hidden text, and what the visible fields hold (an id in an input is shown).
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a person reads
  const text = await page.locator('body').innerText();
  const values = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((e) => e.type !== 'hidden' && e.getClientRects().length > 0)
      .map((e) => e.value),
  );
  // A link that shows its own address (an e-mail's link to a case) is read as an address, not as the id inside it.
  const addresses = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.textContent === a.href && a.getClientRects().length > 0)
      .map((a) => a.href),
  );
  const shown = addresses.reduce((all, address) => all.replaceAll(address, ''), [text, ...values].join('\n'));
  return UNREADABLE.flatMap(([what, pattern]) => {
    const found = shown.match(pattern);
    return found ? [`${what}: «${found[0]}»`] : [];
  });
}

/** The page in the other language, through the header's switch, as a person would change it. */
async function switchLanguage(page: Page, to: 'nb' | 'nn') {
  await page.getByRole('button', { name: to === 'nn' ? 'Nynorsk' : 'Bokmål' }).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(to);
}

/**
 * Every page the tests visit is checked at both widths and in both languages: it must say what it is (a title
 * and one h1) and have its language set, must not scroll sideways, must show no code, id or raw schema message, and axe-core
 * (WCAG 2.1 A and AA) must find nothing, at 1280 px in the page's language and at 390 px in the other. Each view
 * is photographed: `<name>.png` (1280, as the test left it), `<name>-390.png`, `<name>-nn.png`/`-nb.png` and
 * `<name>-390-nn.png`/`-nb.png`. The page is left as it was found: 1280 px and its own language.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  mkdirSync(RESULTS_DIR, { recursive: true });
  const own = (await page.getAttribute('html', 'lang')) === 'nn' ? 'nn' : 'nb';
  const other = own === 'nn' ? 'nb' : 'nn';
  const views = [
    { language: own, width: 1280, file: name, axe: true },
    { language: own, width: 390, file: `${name}-390`, axe: false },
    { language: other, width: 390, file: `${name}-390-${other}`, axe: true },
    { language: other, width: 1280, file: `${name}-${other}`, axe: false },
  ] as const;
  for (const view of views) {
    if ((await page.getAttribute('html', 'lang')) !== view.language)
      await switchLanguage(page, view.language);
    await page.setViewportSize({ width: view.width, height: HEIGHT[view.width] });
    const where = `«${name}» (${view.width} px, ${view.language})`;
    expect(await page.title()).toMatch(/ – Sosialtilsk(udd|ot)$/);
    expect(await page.locator('h1').count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}${view.file}.png`, fullPage: true });
    const sideways = await sidewaysScrolling(page);
    expect.soft(sideways, `${where} ruller sidelengs: ${sideways.join('; ')}`).toEqual([]);
    const words = await unreadable(page);
    expect.soft(words, `${where} viser noe folk ikke skal lese: ${words.join('; ')}`).toEqual([]);
    if (view.axe) {
      const violations = await axeViolations(page);
      expect.soft(violations, `axe fant brudd på ${where}:\n${describeViolations(violations)}`).toEqual([]);
    }
  }
  await switchLanguage(page, own);
  await page.setViewportSize({ width: 1280, height: HEIGHT[1280] });
  expect(scriptErrors.get(page) ?? [], `skriptfeil på «${name}»`).toEqual([]);
}

/** What each browser showed when a test failed, to read beside the error. */
export async function saveFailure(test: string, pages: Record<string, Page>): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const slug = test.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  for (const [name, page] of Object.entries(pages))
    await page.screenshot({ path: `${RESULTS_DIR}FEIL-${slug}-${name}.png`, fullPage: true }).catch(() => {});
}
