import pg from 'pg';
import { type Database, type Queryable, rolledBack, statementNames } from './database.js';

/** node-postgres prepares a named statement on each connection the first time that connection runs it. */
function queryable(client: pg.Pool | pg.PoolClient, nameOf: (sql: string) => string | undefined): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query({ name: nameOf(sql), text: sql, values: [...params] });
      return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/** A PostgreSQL server, when DATABASE_URL is set; `schema` keeps a test run's tables apart. */
export async function openPostgres(connectionString: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  await pool.query('select 1');
  const nameOf = statementNames();
  return {
    kind: 'postgres',
    ...queryable(pool, nameOf),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client, nameOf));
        if ((await client.query('commit')).command !== 'COMMIT') throw rolledBack();
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
