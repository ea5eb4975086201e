/**
 * Part of `pnpm --filter @sosialtilskudd/api bench`: what one query costs through PGlite's own `query` and
 * through the server's query layer (src/db/pglite.ts), on the same database in the same run, alternating in
 * rounds. Medians of ROUNDS rounds, written as a section of BENCHMARKS.md.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Queryable } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { pgliteDatabase } from '../src/db/pglite.js';
import { findApplication } from '../src/repository/applications.js';
import { insertDraft } from './draft.js';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CALLS = 2000;

const pg = await PGlite.create();
const db = pgliteDatabase(pg);
await migrate(db);
const id = await insertDraft(db, new Date());

/** The same repositories on PGlite's own `query`: the baseline. */
const plain: Queryable = {
  async query<R>(sql: string, params: readonly unknown[] = []) {
    const result = await pg.query<R>(sql, [...params]);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  },
};

const queries: Record<string, (q: Queryable) => Promise<unknown>> = {
  'a trivial statement (`select $1::int`)': (q) => q.query('select $1::int as n', [1]),
  'reading one case with its 3 kB application': (q) => findApplication(q, id),
};

/** µs per call. */
async function perCall(work: () => Promise<unknown>) {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await work();
  return ((performance.now() - start) / CALLS) * 1000;
}

const rows: string[] = [];
for (const [name, query] of Object.entries(queries)) {
  const pgliteQuery: number[] = [];
  const layer: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    pgliteQuery.push(await perCall(() => query(plain)));
    layer.push(await perCall(() => query(db)));
  }
  const ratio = median(layer) / median(pgliteQuery);
  rows.push(
    `| ${name} | ${median(pgliteQuery).toFixed(0)} | ${median(layer).toFixed(0)} | ${ratio.toFixed(2)} |`,
  );
}
await db.close();

const section = [
  '## One query on PGlite (`bench/pglite-queries.bench.ts`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}: ${ROUNDS} rounds of ${CALLS} calls each way, alternating, on one in-memory database; medians, µs per call.`,
  '',
  "| query | `PGlite.query` | the server's query layer | ratio |",
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
  '`PGlite.query` makes six calls into the WebAssembly backend per query and parses and plans the statement each time; the query layer sends one batch per query and keeps each statement prepared by name.',
  '',
].join('\n');
writeSection('## One query on PGlite', section);
console.log(section);
