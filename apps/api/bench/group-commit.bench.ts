/**
 * Part of `pnpm --filter @sosialtilskudd/api bench`: how fast PGlite could store submissions if the server
 * gathered them and stored many in one statement (group commit), against the server's own per-case statements,
 * in the same run: the grouped figure is about the least database time a submit could cost on PGlite, whatever
 * the server around it does.
 * Medians of ROUNDS rounds, µs per case, written as a section of BENCHMARKS.md.
 */
import { PGlite } from '@electric-sql/pglite';
import { type Application, budgetTotals } from '@sosialtilskudd/domain';
import { migrate } from '../src/db/migrate.js';
import { pgliteDatabase } from '../src/db/pglite.js';
import type { Actor } from '../src/http/views.js';
import { changeApplication, findApplication } from '../src/repository/applications.js';
import { BENCH_DRAFT, insertDrafts } from './draft.js';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CASES = 1000;
const GROUP = 100;
const now = new Date('2025-01-25T09:00:00Z');
const actor: Actor = { sub: 'bench', name: 'Bench', role: 'nav-office' };
const submitted: Application = { ...BENCH_DRAFT, submittedAt: now.toISOString() };

const db = pgliteDatabase(await PGlite.create());
await migrate(db);

/** What the submit route stores, one case at a time: read the case, then the change with audit and version. */
async function oneByOne(ids: readonly string[]) {
  for (const id of ids) {
    const current = await findApplication(db, id);
    if (!current) throw new Error(`missing ${id}`);
    const change = {
      document: submitted,
      version: 1,
      reason: 'submitted' as const,
      submittedAt: now,
      notChecked: [],
    };
    const row = await changeApplication(
      db,
      current,
      { state: 'submitted', submitted: { ...change, numberInYear: 2025 } },
      { actor, action: 'submit', detail: null },
      now,
    );
    if (!row) throw new Error(`not stored ${id}`);
  }
}

/** The same reads and writes for GROUP cases per statement: each case its own document, revision and audit. */
async function grouped(ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += GROUP) {
    const group = ids.slice(i, i + GROUP);
    const read = await db.query<{ id: string; revision: number }>(
      'select id, revision, document from applications where id = any($1::uuid[])',
      [group],
    );
    const { rowCount } = await writeGroup(read.rows);
    if (rowCount !== group.length) throw new Error(`stored ${rowCount} of ${group.length}`);
  }
}

function writeGroup(cases: readonly { id: string; revision: number }[]) {
  const totals = budgetTotals(submitted.budget);
  return db.query(
    `with input as (
       select t.id, t.revision, e.value as document
       from unnest($1::uuid[], $2::int[]) with ordinality as t(id, revision, n)
       join jsonb_array_elements($3::jsonb) with ordinality as e(value, n) on e.n = t.n),
     changed as (
       update applications a set state = 'submitted', document = null, version = 1,
         case_number = '2025/' || nextval('case_number_seq')::text, submitted_at = $4, applicant_name = $5,
         measure_name = $6, requested_grant = $7, revision = a.revision + 1, updated_at = $4
       from input where a.id = input.id and a.revision = input.revision
       returning a.id, a.version, a.state, input.document),
     audited as (
       insert into audit_events (application_id, at, actor, action, from_state, to_state, detail)
       select id, $4, $8::jsonb, 'submit', 'draft', state, null from changed),
     versioned as (
       insert into application_versions (application_id, version, reason, document, created_at, created_by)
       select id, version, 'submitted', document, $4, $8::jsonb from changed)
     select id from changed`,
    [
      cases.map((c) => c.id),
      cases.map((c) => c.revision),
      // One JSON array of the documents: PGlite parses it faster than a jsonb[] literal.
      `[${cases.map(() => JSON.stringify(submitted)).join(',')}]`,
      now.toISOString(),
      submitted.applicant.name,
      submitted.measure.name,
      totals.requestedGrant,
      JSON.stringify(actor),
    ],
  );
}

/** µs per case. */
async function perCase(store: (ids: readonly string[]) => Promise<void>) {
  const ids = await insertDrafts(db, CASES, now);
  const start = performance.now();
  await store(ids);
  return ((performance.now() - start) / CASES) * 1000;
}

const single: number[] = [];
const group: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  single.push(await perCase(oneByOne));
  group.push(await perCase(grouped));
}
await db.close();

const floor = median(group);
const section = [
  '## Group commit on PGlite (`bench/group-commit.bench.ts`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}: ${ROUNDS} rounds of ${CASES} fresh drafts submitted each way, alternating, on one in-memory database; medians, µs per case.`,
  '',
  '| how the submissions are stored | µs per case | submits/s the database alone allows |',
  '| --- | ---: | ---: |',
  `| one case at a time, as the server does (read the case; change, audit event, version in one statement) | ${median(single).toFixed(0)} | ${Math.round(1e6 / median(single)).toLocaleString('en')} |`,
  `| ${GROUP} cases per statement (one read, one write of the same change, audit events and versions) | ${floor.toFixed(0)} | ${Math.round(1e6 / floor).toLocaleString('en')} |`,
  '',
  `Even gathered ${GROUP} at a time, PostgreSQL's own work per case in WebAssembly (the row, its indexes, the audit event, the version, the foreign-key checks) leaves at most about ${Math.round(1e6 / floor).toLocaleString('en')} submits/s to a database that does nothing else; reading the call's deadline extensions is left out, so the real floor is higher.`,
  '',
].join('\n');
writeSection('## Group commit on PGlite', section);
console.log(section);
