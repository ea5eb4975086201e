import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';

/** Fresh directories for a test file's PGlite databases, each removed after its test. */
export function pgliteDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilskudd-pglite-'));
    dirs.push(dir);
    return dir;
  };
}

/** A database on `dir` holding one row, `n`, in table `kept`: a refused second opener must leave it there. */
export async function holdWithRow(dir: string, n: number): Promise<Database> {
  const db = await openDatabase({ pgliteDir: dir });
  await db.query('create table kept (n int)');
  await db.query('insert into kept values ($1)', [n]);
  return db;
}

export const keptRows = async (db: Database) => (await db.query<{ n: number }>('select n from kept')).rows;
