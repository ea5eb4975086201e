/**
 * Part of `pnpm --filter @sosialtilskudd/api bench`: what the transactional outbox costs a submit. Two servers in
 * this process, each on its own in-memory PGlite: one as it runs, one whose `case_events` drops every row (a
 * trigger returning NULL), so its submits do everything but store the event. Each round submits SUBMITS fresh
 * drafts on each, one at a time through HTTP (inject), in pairs (one on each, taking turns to go first).
 *
 * PGlite runs in this process, so a submit's CPU time (process.cpuUsage) is all its work, HTTP to storage; unlike
 * its wall time, it does not grow when other processes share the cores. The outbox's share is judged on CPU time;
 * wall time is shown beside it. Building the event's data in JavaScript runs in both servers, so it is measured
 * apart and added to the outbox's share. Written as a section of BENCHMARKS.md.
 */
import { cpus, loadavg } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/app.js';
import type { Principal } from '../src/auth/principal.js';
import { devIssuer } from '../src/auth/tokens.js';
import { migrate } from '../src/db/migrate.js';
import { pgliteDatabase } from '../src/db/pglite.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { eventParams } from '../src/events/outbox.js';
import { findApplication } from '../src/repository/applications.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';
import { type Cost, costOf, medianCost } from './cost.js';
import { insertDraft, insertDrafts } from './draft.js';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SUBMITS = Number(process.env.BENCH_OUTBOX_SUBMITS ?? 300);
const now = new Date('2025-01-25T10:00:00+01:00');
const dev = await devIssuer();
const authorization = `Bearer ${await dev.sign(DEMO_USERS.get('nav-gjovik') as Principal)}`;

async function server(outbox: boolean) {
  const db = pgliteDatabase(await PGlite.create());
  await migrate(db);
  for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
  if (!outbox)
    await db.exec(`create function drop_event() returns trigger language plpgsql as $$ begin return null; end $$;
      create trigger drop_event before insert on case_events for each row execute function drop_event();`);
  return { db, app: buildApp({ db, now: () => now, issuers: [dev] }) };
}

type Server = Awaited<ReturnType<typeof server>>;
type Which = 'on' | 'off';
/** The CPU and wall µs of one submit of the draft `id`, through HTTP. */
async function submit(s: Server, id: string): Promise<Cost> {
  return costOf(async () => {
    const response = await s.app.inject({
      method: 'POST',
      url: `/v1/applications/${id}/submit`,
      headers: { authorization },
    });
    if (response.statusCode !== 200) throw new Error(response.body);
  });
}

/** One round: the median costs of `SUBMITS` fresh drafts on each server, submitted in pairs. */
async function round(servers: Record<Which, Server>): Promise<Record<Which, Cost>> {
  const ids = {
    on: await insertDrafts(servers.on.db, SUBMITS, now),
    off: await insertDrafts(servers.off.db, SUBMITS, now),
  };
  const costs: Record<Which, Cost[]> = { on: [], off: [] };
  for (let i = 0; i < SUBMITS; i++) {
    const pair: Which[] = i % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const which of pair) costs[which].push(await submit(servers[which], ids[which][i] as string));
  }
  return { on: medianCost(costs.on), off: medianCost(costs.off) };
}

const loadBefore = loadavg()[0] ?? 0;
const servers = { on: await server(true), off: await server(false) };
// Warm-up, not counted: the first submits of a process pay for compiling the code and filling caches.
await round(servers);
const rounds: Record<Which, Cost>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rounds.push(await round(servers));
  console.log(`round ${r + 1}/${ROUNDS}`, JSON.stringify(rounds.at(-1)));
}
const count = async (which: Which) =>
  (await servers[which].db.query<{ n: string }>('select count(*)::text as n from case_events')).rows[0]?.n;
const stored = { on: await count('on'), off: await count('off') };

// The event's data as a submit builds it, timed alone: it runs in both servers above.
const app = await findApplication(servers.on.db, await insertDraft(servers.on.db, now));
if (!app) throw new Error('draft missing');
const facts = {
  app,
  action: 'submit',
  detail: null,
  fromState: 'draft' as const,
  toState: 'submitted' as const,
  actorRole: 'nav-office',
  at: now,
};
const BUILDS = 20_000;
const buildStart = performance.now();
for (let i = 0; i < BUILDS; i++) eventParams(facts);
const buildUs = ((performance.now() - buildStart) * 1000) / BUILDS;

const of = (which: Which, key: keyof Cost) => median(rounds.map((r) => r[which][key]));
// The share per round, then its median: each round's pair ran under the same conditions.
const shareOf = (key: keyof Cost) =>
  median(rounds.map((r) => (r.on[key] - r.off[key] + buildUs) / (r.off[key] - buildUs)));
const share = shareOf('cpu');
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const section = [
  '## The outbox (`bench/outbox.bench.ts`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after: ${ROUNDS} rounds of ${SUBMITS} submits of fresh drafts one at a time through HTTP (inject), on two in-memory PGlite databases in one process, in pairs (one on each, taking turns to go first) after a warm-up round; medians, µs per submit. "Off" is the same server with a trigger that drops every \`case_events\` row (${stored.off} stored, against ${stored.on} with the outbox on).`,
  '',
  '| submit | CPU µs | wall µs |',
  '| --- | ---: | ---: |',
  `| outbox on (the change, its audit entry and its event in one statement) | ${of('on', 'cpu').toFixed(0)} | ${of('on', 'wall').toFixed(0)} |`,
  `| outbox off (the event's row dropped) | ${of('off', 'cpu').toFixed(0)} | ${of('off', 'wall').toFixed(0)} |`,
  `| building the event's data in JavaScript (in both) | ${buildUs.toFixed(1)} | |`,
  `| the outbox's share: (on − off + building) / (off − building), median over the rounds | ${percent(share)} | ${percent(shareOf('wall'))} |`,
  '',
  `PGlite runs in the server's process, so CPU time is a submit's whole work and does not grow with other load on the machine; wall time does. Target: the outbox costs a submit under 20 % (CPU) — ${share < 0.2 ? 'met' : 'NOT met'}.`,
  '',
].join('\n');
writeSection('## The outbox', section);
console.log(section);
await servers.on.db.close();
await servers.off.db.close();
