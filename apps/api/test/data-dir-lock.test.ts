import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, LOCK_FILE } from '../src/db/data-dir-lock.js';
import { openDatabase } from '../src/db/open.js';
import { holdWithRow, keptRows, pgliteDirs } from './pglite-dirs.js';

const freshDir = pgliteDirs();

/** The pid of a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('the PGlite data directory is held by one database at a time', () => {
  it('refuses a second open while the first is open, naming the directory and holder, and allows it after close', async () => {
    const dir = freshDir();
    const first = await holdWithRow(dir, 1);

    const second = openDatabase({ pgliteDir: dir });
    await expect(second).rejects.toBeInstanceOf(DataDirInUse);
    await expect(second).rejects.toThrow(`${realpathSync(dir)} er i bruk av prosess ${process.pid}`);
    // The refused open changed nothing: the first still works and its data is there.
    expect(await keptRows(first)).toEqual([{ n: 1 }]);

    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await openDatabase({ pgliteDir: dir });
    expect(await keptRows(again)).toEqual([{ n: 1 }]);
    await again.close();
  });

  it.each([
    ['a process that has exited', () => `${deadPid()}\n`],
    ['an empty file, left by a process that died while writing it', () => ''],
  ])('takes over a lock left by %s', async (_, content) => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), content());
    const db = await openDatabase({ pgliteDir: dir });
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    await db.close();
  });

  it('never takes over from a live process', async () => {
    const dir = freshDir();
    // The test runner's parent is alive for as long as this test runs.
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(`er i bruk av prosess ${process.ppid}`);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.ppid));
  });
});
