import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from './index.js';

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

async function renders(browser: Browser): Promise<string | null> {
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 300 } });
    await page.setContent(
      '<main><h1>Søknad om tilskudd</h1><label>Beløp <input value="750 000"></label></main>',
    );
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(1000);
    return await page.locator('h1').textContent();
  } finally {
    await browser.close();
  }
}

/** A `chromium` on PATH that cannot start, as a broken system install would be. */
function brokenSystemChromium(): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-chromium-'));
  writeFileSync(join(dir, 'chromium'), '#!/bin/sh\necho "broken" >&2\nexit 1\n');
  chmodSync(join(dir, 'chromium'), 0o755);
  return dir;
}

describe('launchChromium', () => {
  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'starts the Chromium shipped in the npm package and renders a page',
    async () => {
      const browser = await launchChromium({ from: 'npm' });
      expect(browser.version()).toMatch(/^147\./);
      expect(await renders(browser)).toBe('Søknad om tilskudd');
    },
  );

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'falls through to the npm package when the system Chromium does not start',
    async () => {
      delete process.env.CHROMIUM_PATH;
      process.env.PATH = [brokenSystemChromium(), saved.PATH].join(delimiter);
      const browser = await launchChromium();
      expect(browser.version()).toMatch(/^147\./);
      expect(await renders(browser)).toBe('Søknad om tilskudd');
    },
  );

  it('uses CHROMIUM_PATH and nothing else, and says in one line what to do when it does not start', async () => {
    process.env.CHROMIUM_PATH = join(tmpdir(), 'no-such-chromium');
    const error = await launchChromium().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('CHROMIUM_PATH=');
    expect(message).toMatch(/apt-get install -y chromium.*CHROMIUM_PATH/);
    expect(message).not.toContain('npm');
  });
});
