import type { Database, Queryable } from '../src/db/database.js';

/** A database that adds up the time its statements take, so a benchmark can tell the database's share apart. */
export function stopwatch(db: Database) {
  let elapsed = 0;
  let count = 0;
  const timed = (q: Queryable): Queryable['query'] =>
    async function query(sql, params) {
      const start = performance.now();
      try {
        return await q.query(sql, params);
      } finally {
        elapsed += performance.now() - start;
        count++;
      }
    };
  return {
    ...db,
    query: timed(db),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) => work({ query: timed(tx) })),
    reset() {
      elapsed = 0;
      count = 0;
    },
    elapsedMs: () => elapsed,
    statements: () => count,
  } satisfies Database & Record<string, unknown>;
}
