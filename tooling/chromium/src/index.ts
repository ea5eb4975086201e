import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { type UnpackedChromium, unpackBundledChromium } from './bundled.js';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser'];
const WHAT_TO_DO =
  'Installer Chromium (Debian/Ubuntu: «apt-get install -y chromium») eller sett CHROMIUM_PATH til en Chromium som starter.';

/**
 * A headless Chromium for tests and benchmarks, from the first that is there: `CHROMIUM_PATH`, a `chromium` on
 * PATH (Debian's), or the one shipped in the npm package `@sparticuz/chromium`. A system Chromium that does not
 * start falls through to the npm one; when nothing starts, the error says in one line what to do.
 * `from` picks one source (the tests use it to prove each works).
 */
export async function launchChromium(options: { from?: ChromiumSource } = {}): Promise<Browser> {
  const tried: string[] = [];
  for (const source of options.from ? [options.from] : sources()) {
    let found: UnpackedChromium | undefined;
    try {
      found = await locate(source);
      if (!found) continue;
      return await chromium.launch(launchOptions(found));
    } catch (error) {
      tried.push(`${source}${found ? ` (${found.executablePath})` : ''}: ${firstLine(error)}`);
      if (source === 'CHROMIUM_PATH') break; // asked for by name: never silently another browser
    }
  }
  throw new Error(
    `Fant ingen Chromium som starter${tried.length ? ` (${tried.join('; ')})` : ''}. ${WHAT_TO_DO}`,
  );
}

function sources(): ChromiumSource[] {
  return process.env.CHROMIUM_PATH ? ['CHROMIUM_PATH'] : ['system', 'npm'];
}

async function locate(source: ChromiumSource): Promise<UnpackedChromium | undefined> {
  switch (source) {
    case 'CHROMIUM_PATH': {
      const path = process.env.CHROMIUM_PATH;
      if (!path || !isExecutable(path)) throw new Error(`CHROMIUM_PATH=${path ?? ''} er ikke en kjørbar fil`);
      return { executablePath: path, env: {} };
    }
    case 'system': {
      const path = onPath(SYSTEM_NAMES);
      return path ? { executablePath: path, env: {} } : undefined;
    }
    case 'npm':
      return unpackBundledChromium();
  }
}

function launchOptions({ executablePath, env }: UnpackedChromium): LaunchOptions {
  return { executablePath, args: ARGS, env: { ...process.env, ...env } as Record<string, string> };
}

function onPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
