import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/** Applies every migrations/*.sql not yet applied, in name order, each in its own transaction. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set(
    (await db.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name),
  );
  const pending = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql') && !done.has(f))
    .sort();
  for (const name of pending) {
    const sql = readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8');
    await db.transaction(async (tx) => {
      // One statement at a time (a `;` at the end of a line ends one), so the file runs inside the transaction.
      for (const statement of sql.split(/;\s*$/m).filter((s) => s.trim())) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
    });
  }
  return pending;
}
