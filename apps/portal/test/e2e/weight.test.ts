import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../server/paths.js';
import { logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

/**
 * What each page may weigh at its first load: the JavaScript and CSS it fetches, gzip-compressed (level 9), in kB
 * (1,000 bytes). Measured on 2026-12-07 (apps/portal README, «Page weight») and set about 10 % above, so a change
 * that adds weight fails here and must raise the budget on purpose, with the README.
 */
const BUDGETS_KB: Record<string, { js: number; css: number }> = {
  login: { js: 200, css: 40 },
  'office home': { js: 210, css: 40 },
  wizard: { js: 500, css: 40 },
  'office case': { js: 290, css: 40 },
  'county cases': { js: 230, css: 40 },
  'county case': { js: 345, css: 40 },
  assessment: { js: 500, css: 40 },
  'national view': { js: 215, css: 40 },
};

interface Weight {
  js: number;
  css: number;
  files: string[];
}

const gzipped = new Map<string, number>();
const gzipSize = (path: string) => {
  const known = gzipped.get(path);
  if (known !== undefined) return known;
  const size = gzipSync(readFileSync(join(DIST_DIR, path)), { level: 9 }).length;
  gzipped.set(path, size);
  return size;
};

/** The source files a page's scripts were built from, read from the build's hidden source maps. */
function sourcesOf(files: string[]): string[] {
  // Rolldown's own helpers (its runtime, the preload helper) have no map and no source of ours.
  return files
    .filter((f) => f.endsWith('.js') && existsSync(join(DIST_DIR, `${f}.map`)))
    .flatMap(
      (f) => (JSON.parse(readFileSync(join(DIST_DIR, `${f}.map`), 'utf8')) as { sources: string[] }).sources,
    )
    .map((source) => source.replace(/^(\.\.\/)+/, ''));
}

/** The page's own scripts and stylesheets, by the browser's resource timing: what this document fetched. */
async function weightOf(page: Page): Promise<Weight> {
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const files = [
    ...new Set(
      urls
        .map((url) => new URL(url))
        .filter((url) => url.origin === origin && /^\/assets\/.+\.(js|css)$/.test(url.pathname))
        .map((url) => url.pathname),
    ),
  ].sort();
  const sum = (ext: string) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSize(f), 0);
  return { js: sum('.js'), css: sum('.css'), files };
}

/** A full load of where the page is now, as a first visit to that address would be. */
async function reloaded(page: Page, ready: () => Promise<unknown>): Promise<Weight> {
  await page.reload();
  await ready();
  return weightOf(page);
}

describe('page weight: each page’s JavaScript and CSS at first load stay within their budgets', () => {
  let page: Page;
  const suite = browserSuite(() => ({ page }));
  const measured: Record<string, Weight> = {};
  const heading = (name: string | RegExp) => () => page.getByRole('heading', { name, level: 1 }).waitFor();

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  afterAll(() => {
    const kb = (bytes: number) => (bytes / 1000).toFixed(1);
    console.log(
      [
        'page | JS gzip kB | CSS gzip kB',
        ...Object.entries(measured).map(([n, w]) => `${n} | ${kb(w.js)} | ${kb(w.css)}`),
      ].join('\n'),
    );
  });

  it('measures the pages of each role', async () => {
    await page.goto('/logg-inn');
    measured.login = await reloaded(page, heading('Logg inn'));

    await logIn(page, /Kari Nordmann/);
    measured['office home'] = await reloaded(page, heading('Tilskudd for Nav Gjøvik'));
    await page.goto('/kontor/soknad/ny?utlysning=utvikling-sosiale-tjenester-2025');
    measured.wizard = await reloaded(page, () => page.getByText('Steg 1 av 6').waitFor());
    await page.goto('/kontor');
    await page.getByRole('link', { name: 'Trygg bolig – ung start', exact: true }).click();
    await page.waitForURL(/\/kontor\/sak\//);
    measured['office case'] = await reloaded(page, heading('Trygg bolig – ung start'));

    await logIn(page, /Per Olsen/);
    measured['county cases'] = await reloaded(page, () =>
      page.getByRole('link', { name: 'Familieteam Gjøvik' }).waitFor(),
    );
    await page.getByRole('link', { name: 'Familieteam Gjøvik' }).click();
    await page.waitForURL(/\/saker\/[^/?]+$/);
    measured['county case'] = await reloaded(page, heading('Familieteam Gjøvik'));
    await page.getByRole('link', { name: 'Vurder søknaden' }).click();
    await page.waitForURL(/\/vurdering$/);
    measured.assessment = await reloaded(page, heading('Vurdering av søknad'));

    await logIn(page, /Eva Moe/);
    await page.getByRole('link', { name: 'Nasjonal oversikt' }).click();
    await page.waitForURL(/\/nasjonalt/);
    measured['national view'] = await reloaded(page, heading('Nasjonal oversikt'));

    // Excel export is fetched only when someone exports, never with a page.
    for (const weight of Object.values(measured))
      expect(weight.files.filter((f) => f.includes('exceljs'))).toEqual([]);
  });

  it('the login carries no form code, the wizard only its own call’s validators, the assessment only its own', () => {
    const login = sourcesOf(measured.login?.files ?? []);
    expect(login.length).toBeGreaterThan(0);
    expect(login.filter((s) => /@rjsf|\/ajv\/|forms\/src\/(form|generated|theme|table)\//.test(s))).toEqual(
      [],
    );
    expect(login.filter((s) => /src\/(county|national|office|register)\//.test(s))).toEqual([]);
    const wizard = sourcesOf(measured.wizard?.files ?? []);
    expect(wizard.filter((s) => s.includes('forms/src/generated/validators/'))).toEqual([
      'packages/forms/src/generated/validators/application--utvikling-sosiale-tjenester-2025.ts',
    ]);
    const assessment = sourcesOf(measured.assessment?.files ?? []);
    expect(assessment.filter((s) => s.includes('forms/src/generated/validators/'))).toEqual([
      'packages/forms/src/generated/validators/assessment.ts',
    ]);
  });

  it.each(Object.keys(BUDGETS_KB))('%s', (name) => {
    const weight = measured[name];
    const budget = BUDGETS_KB[name];
    expect(weight, `${name} was not measured`).toBeDefined();
    expect(Math.round((weight?.js ?? 0) / 100) / 10, `${name}: JS gzip kB`).toBeLessThanOrEqual(
      budget?.js ?? 0,
    );
    expect(Math.round((weight?.css ?? 0) / 100) / 10, `${name}: CSS gzip kB`).toBeLessThanOrEqual(
      budget?.css ?? 0,
    );
  });
});
