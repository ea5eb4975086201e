import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOn } from '../server/free-port.js';
import { PORTAL_DIR } from '../server/paths.js';

/** The API's lock in its PGlite directory (apps/api/src/db/data-dir-lock.ts). */
const LOCK_FILE = 'tilskudd-api.pid';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-start-'));
  dirs.push(dir);
  return join(dir, 'pglite');
}

/** `pnpm start` as a child process, on an empty database: its exit code and stderr. */
async function start(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'server/start.ts'],
    {
      cwd: PORTAL_DIR,
      env: { ...process.env, DEMO_DATA: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { status, stderr };
}

describe('pnpm start refuses in one line, and leaves no API behind', () => {
  it('when the portal port is taken', async () => {
    const pgliteDir = freshDir();
    const taken = createServer();
    const port = await listenOn(taken);
    try {
      const { status, stderr } = await start({ PORT: String(port), PGLITE_DIR: pgliteDir });
      expect(status).toBe(1);
      expect(stderr).toContain(`Porten ${port} er allerede i bruk`);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
    // The API it had started was stopped: it no longer holds the database directory.
    expect(existsSync(join(pgliteDir, LOCK_FILE))).toBe(false);
  });

  it('when another process holds the database, naming it', async () => {
    const pgliteDir = freshDir();
    mkdirSync(pgliteDir);
    writeFileSync(join(pgliteDir, LOCK_FILE), `${process.pid}\n`);
    const { status, stderr } = await start({ PORT: '0', PGLITE_DIR: pgliteDir });
    expect(status).toBe(1);
    expect(stderr).toContain(`API-et stoppet under oppstart (kode 1): Databasekatalogen`);
    expect(stderr).toContain(`er i bruk av prosess ${process.pid}`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('pnpm start', () => {
  it('prints which demo user sees what, and stops on Ctrl+C with code 0, the API stopped too', async () => {
    const pgliteDir = freshDir();
    const child = spawn(
      process.execPath,
      ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'server/start.ts'],
      {
        cwd: PORTAL_DIR,
        env: { ...process.env, DEMO_DATA: 'false', PORT: '0', PGLITE_DIR: pgliteDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<[number | null, string | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal])),
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Stopp med Ctrl+C')) resolve();
      });
      child.once('exit', () => reject(new Error(`start.ts stoppet: ${stderr}`)));
    });
    expect(stdout).toMatch(/^Bruker\s+Rolle\s+Ser og gjør$/m);
    expect(stdout).toMatch(/^Kari Nordmann \(Nav Gjøvik\)\s+Nav-kontor\s+kontorets søknader og saker/m);
    expect(stdout).toMatch(
      /^Eva Moe .*direktoratet\)\s+Arbeids- og velferdsdirektoratet\s+alle innsendte saker/m,
    );
    expect(stdout).toMatch(
      /^Ola Hansen .*\s+Kommunedirektør \/ rådmann\s+sakene til Nav-kontorene i kommunen/m,
    );
    expect(existsSync(join(pgliteDir, LOCK_FILE))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toEqual([0, null]);
    expect(existsSync(join(pgliteDir, LOCK_FILE))).toBe(false);
  });
});
