import { readdirSync, readFileSync } from 'node:fs';
import { ADVISORY_LOCKS } from './advisory-locks.js';
import type { Database } from './database.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/**
 * Applies every migrations/*.sql not yet applied, in name order, all in one transaction. Servers starting together
 * on one PostgreSQL take turns through an advisory lock: the first migrates, the others then find nothing to do
 * (without it both would create the same tables and one would fail to start). With `upTo`, only those up to that
 * name (a test of a data migration starts from the layout before it).
 */
export async function migrate(db: Database, upTo?: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.migrations]);
    await tx.query(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name),
    );
    const pending = readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql') && !done.has(f) && (upTo === undefined || f <= upTo))
      .sort();
    for (const name of pending) {
      const sql = readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8');
      // One statement at a time (a `;` at the end of a line ends one), so the file runs inside the transaction.
      for (const statement of sql.split(/;\s*$/m).filter((s) => s.trim())) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
    }
    return pending;
  });
}
