import type { Database, Queryable } from './database.js';

/**
 * A Database whose every statement runs in the caller's open transaction `tx`: whoever uses it (the whole API, for
 * the demo data) commits or rolls back as one. Its own transactions become savepoints, so a refused request undoes
 * only its own work, as it would alone. Statements must come one at a time, as they do through `tx`.
 */
export function databaseWithin(tx: Queryable, kind: Database['kind']): Database {
  let savepoints = 0;
  return {
    kind,
    query: (sql, params) => tx.query(sql, params),
    async transaction(work) {
      const name = `nested_${++savepoints}`;
      await tx.query(`savepoint ${name}`);
      try {
        const result = await work(tx);
        await tx.query(`release savepoint ${name}`);
        return result;
      } catch (error) {
        await tx.query(`rollback to savepoint ${name}`);
        throw error;
      }
    },
    exec: async (sql) => {
      await tx.query(sql);
    },
    // The transaction belongs to the caller, and so does closing.
    close: async () => {},
  };
}
