/**
 * The API on a fresh PGlite directory (or on BENCH_DATABASE_URL, an empty PostgreSQL database), in its own
 * process so the load generator does not share its event loop.
 * The parent asks over IPC for drafts to submit and for tokens; the clock stands inside the 2025 call's
 * deadline so every submission is on time.
 * One route exists only here, not in the published API: the storage floor (see floorRoute).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import type { Principal } from '../src/auth/principal.js';
import { devIssuer } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';
import { BENCH_DRAFT, insertDrafts } from './draft.js';
import { median } from './median.js';
import { stopwatch } from './stopwatch.js';

const FLOOR_PATH = '/bench/floor';
const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-'));
const db = stopwatch(await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, pgliteDir: dir }));
for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
const dev = await devIssuer();
const clock = new Date('2025-01-25T10:00:00+01:00');
const app = buildApp({ db, now: () => clock, issuers: [dev] });
await floorRoute(app, db);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

/**
 * The storage floor: what any server that stores a submission before it answers must pay at least. The same
 * process, HTTP stack and query layer as the API, and one statement that inserts the sent document as jsonb
 * and answers 201 — no token, no rules, no case. A submit is judged by how close it comes to this.
 */
async function floorRoute(app: FastifyInstance, db: Database) {
  await db.exec(
    'drop table if exists bench_floor; create table bench_floor (id uuid primary key, document jsonb not null)',
  );
  app.post(FLOOR_PATH, { config: { body: true } }, async (request, reply) => {
    const { rows } = await db.query<{ id: string }>(
      'insert into bench_floor (id, document) values ($1, $2::jsonb) returning id',
      [randomUUID(), JSON.stringify(request.body)],
    );
    return reply.code(201).send(rows[0]);
  });
}

const PROBES = 400;
const FLOOR_BODY = JSON.stringify({ ...BENCH_DRAFT, submittedAt: clock.toISOString() });

/** Milliseconds of CPU this process has used, PGlite's work included where it runs in this process. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One request at a time in this process: its whole time, the database's part of it, and its CPU, in ms. */
async function timed(request: () => Promise<{ statusCode: number; body: string }>, expect: number) {
  db.reset();
  const start = performance.now();
  const cpu = cpuMs();
  const response = await request();
  const used = cpuMs() - cpu;
  if (response.statusCode !== expect) throw new Error(response.body);
  return {
    whole: performance.now() - start,
    database: db.elapsedMs(),
    cpu: used,
    statements: db.statements(),
  };
}

/**
 * Where a request's time goes: PROBES submits and as many floor inserts, alternating, one at a time in this
 * process, the database's part of each measured apart from the rest (HTTP, token, rules, views).
 */
async function probe() {
  const ids = await insertDrafts(db, PROBES, clock);
  const authorization = `Bearer ${await dev.sign(DEMO_USERS.get('nav-gjovik') as Principal)}`;
  const submit: Awaited<ReturnType<typeof timed>>[] = [];
  const floor: typeof submit = [];
  for (const id of ids) {
    submit.push(
      await timed(
        () =>
          app.inject({ method: 'POST', url: `/v1/applications/${id}/submit`, headers: { authorization } }),
        200,
      ),
    );
    floor.push(
      await timed(
        () =>
          app.inject({
            method: 'POST',
            url: FLOOR_PATH,
            headers: { 'content-type': 'application/json' },
            body: FLOOR_BODY,
          }),
        201,
      ),
    );
  }
  const summary = (xs: typeof submit) => ({
    wholeMs: median(xs.map((x) => x.whole)),
    databaseMs: median(xs.map((x) => x.database)),
    statements: xs[0]?.statements ?? 0,
  });
  return { submit: summary(submit), floor: summary(floor) };
}

type Message =
  | { drafts: number }
  | { token: string }
  | { probe: true }
  | { cpu: true }
  | { profile: 'start' | { file: string } }
  | { stop: true };

/** A CPU profile of this process while the parent loads one route (BENCH_PROFILE). */
const profiler = new Session();
async function profile(command: 'start' | { file: string }) {
  if (command === 'start') {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
  } else {
    const { profile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    writeFileSync(command.file, JSON.stringify(profile));
  }
}

process.on('message', async (message: Message) => {
  if ('drafts' in message) {
    process.send?.({ ids: await insertDrafts(db, message.drafts, clock) });
  } else if ('probe' in message) {
    process.send?.(await probe());
  } else if ('profile' in message) {
    await profile(message.profile);
    process.send?.({ profiled: true });
  } else if ('cpu' in message) {
    process.send?.({ cpuMs: cpuMs() });
  } else if ('token' in message) {
    const principal = DEMO_USERS.get(message.token);
    process.send?.({ token: principal ? await dev.sign(principal) : '' });
  } else {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
process.send?.({ port, floorPath: FLOOR_PATH });
