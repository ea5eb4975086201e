import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../src/db/data-dir-lock.js';
import { holdWithRow, keptRows, pgliteDirs } from './pglite-dirs.js';

const API_DIR = new URL('..', import.meta.url);
const freshDir = pgliteDirs();

/** `pnpm start` as a child process: its exit code and what it wrote to stderr. */
function start(env: Record<string, string>) {
  const { status, stderr } = spawnSync(
    process.execPath,
    ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'src/main.ts'],
    { cwd: API_DIR, env: { ...process.env, DEMO_DATA: 'false', HOST: '127.0.0.1', ...env }, timeout: 60_000 },
  );
  return { status, stderr: stderr.toString() };
}

/** A refusal: exit code 1 and one line saying why, without a stack trace. */
function expectRefusal(result: ReturnType<typeof start>, message: string) {
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe('the server refuses to start, in one line, when it cannot run safely', () => {
  it('on a PGlite directory another process holds, leaving that process and its data alone', async () => {
    const dir = freshDir();
    const holder = await holdWithRow(dir, 7);
    expectRefusal(start({ PGLITE_DIR: dir, PORT: '0' }), `er i bruk av prosess ${process.pid}`);
    expect(await keptRows(holder)).toEqual([{ n: 7 }]);
    await holder.close();
  });

  it('on a port in use, and gives the directory back', async () => {
    const dir = freshDir();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      expectRefusal(start({ PGLITE_DIR: dir, PORT: String(port) }), `Porten ${port} er allerede i bruk`);
    } finally {
      taken.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('on a configuration it cannot use', () => {
    expectRefusal(
      start({ PGLITE_DIR: freshDir(), NODE_ENV: 'production' }),
      'Ugyldig konfigurasjon: i produksjon må AUTH_ISSUER og AUTH_AUDIENCE settes',
    );
  });
});
