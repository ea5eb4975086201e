/**
 * Part of `pnpm --filter @sosialtilskudd/api bench`: the round board for a large county's round (issue 17: 400
 * applications), and the directorate's national view of every county office's frame use over the same data,
 * against listing the same 400 cases, in the same process and the same rounds. One server on an in-memory PGlite
 * holds Innlandet's 2025 frame and 400 submitted applications, 300 of them assessed; each round asks for the
 * board, the national view and the list (`GET /v1/applications?limit=400`) REQUESTS times each, taking turns,
 * through HTTP (inject), the board and the list as Innlandet's caseworker, the national view as the directorate. PGlite runs in this process, so CPU time is each request's
 * whole work and does not grow with other load on the machine; wall time is shown beside it. Target: the board
 * within 2× the list (median over the rounds of the per-round ratio of medians). Written as a section of
 * BENCHMARKS.md.
 */
import { cpus, loadavg } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { EXAMPLE_NAV_OFFICE, exampleFrame, findCall } from '@sosialtilskudd/domain';
import { buildApp } from '../src/app.js';
import type { Principal } from '../src/auth/principal.js';
import { devIssuer } from '../src/auth/tokens.js';
import { migrate } from '../src/db/migrate.js';
import { pgliteDatabase } from '../src/db/pglite.js';
import { assessmentFor } from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';
import { type Cost, costOf, medianCost } from './cost.js';
import { BENCH_DRAFT, insertDrafts } from './draft.js';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_ROUND_REQUESTS ?? 20);
const CASES = 400;
const ASSESSED = 300;
const SCORES = [0, 1, 2, 3] as const;
const call = findCall('utvikling-sosiale-tjenester-2025');
if (!call) throw new Error('call missing');
let now = new Date('2025-01-25T10:00:00+01:00');
const dev = await devIssuer();
const bearer = async (user: string) => `Bearer ${await dev.sign(DEMO_USERS.get(user) as Principal)}`;
const auth = {
  office: await bearer('nav-gjovik'),
  head: await bearer('nav-gjovik-leder'),
  executive: await bearer('gjovik-kommunedirektor'),
  county: await bearer('sf-innlandet'),
  directorate: await bearer('avdir'),
};

const db = pgliteDatabase(await PGlite.create());
await migrate(db);
for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
const app = buildApp({ db, now: () => now, issuers: [dev] });

async function send(
  method: 'GET' | 'POST',
  url: string,
  authorization: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method,
    url,
    headers: { ...headers, authorization },
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response;
}

/** § 7: a draft is sent only once the Nav office's head and the municipal executive have signed what it says. */
async function sign(id: string) {
  const etag = String((await send('GET', `/v1/applications/${id}`, auth.office)).headers.etag);
  const signing = await send('POST', `/v1/applications/${id}/signing`, auth.office, undefined, {
    'if-match': etag,
  });
  let { documentSha256 } = signing.json().signing;
  for (const signer of [auth.head, auth.executive])
    ({ documentSha256 } = (
      await send('POST', `/v1/applications/${id}/signatures`, signer, { documentSha256 })
    ).json().signing);
}

// The round: the frame, 400 signed and submitted applications, 300 assessed with scores that spread the ranking.
await send('POST', `/v1/calls/${call.id}/frames`, auth.directorate, exampleFrame(call));
const ids = await insertDrafts(db, CASES, now);
const caseNumbers: string[] = [];
for (const id of ids) {
  await sign(id);
  caseNumbers.push((await send('POST', `/v1/applications/${id}/submit`, auth.office)).json().caseNumber);
}
now = new Date('2025-02-20T10:00:00+01:00');
for (let i = 0; i < ASSESSED; i++) {
  const facts = {
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    applicationId: BENCH_DRAFT.id,
    measureName: BENCH_DRAFT.measure.name,
    caseNumber: caseNumbers[i] as string,
  };
  await send(
    'POST',
    `/v1/applications/${ids[i]}/assessments`,
    auth.county,
    assessmentFor(facts, SCORES[i % SCORES.length]),
  );
}

const LIST = `/v1/applications?limit=${CASES}`;
const BOARD = `/v1/calls/${call.id}/rounds/innlandet`;
const NATIONAL = `/v1/calls/${call.id}/frame-use`;
const innlandetOf = (holders: { authority: { countyOfficeId?: string }; caseCount: number }[]) =>
  holders.find((h) => h.authority.countyOfficeId === 'innlandet')?.caseCount;
const counts = {
  list: (await send('GET', LIST, auth.county)).json().items.length,
  board: (await send('GET', BOARD, auth.county)).json().cases.length,
  national: innlandetOf((await send('GET', NATIONAL, auth.directorate)).json().holders),
};
if (Object.values(counts).some((count) => count !== CASES))
  throw new Error(`expected ${CASES}: ${JSON.stringify(counts)}`);

type Which = 'list' | 'board' | 'national';
const REQUEST: Record<Which, [string, string]> = {
  list: [LIST, auth.county],
  board: [BOARD, auth.county],
  national: [NATIONAL, auth.directorate],
};
const ORDERS: Which[][] = [
  ['list', 'board', 'national'],
  ['national', 'board', 'list'],
];

async function round(): Promise<Record<Which, Cost>> {
  const costs: Record<Which, Cost[]> = { list: [], board: [], national: [] };
  for (let i = 0; i < REQUESTS; i++)
    for (const which of ORDERS[i % 2] as Which[])
      costs[which].push(await costOf(() => send('GET', ...REQUEST[which])));
  return {
    list: medianCost(costs.list),
    board: medianCost(costs.board),
    national: medianCost(costs.national),
  };
}

const loadBefore = loadavg()[0] ?? 0;
await round(); // warm-up, not counted
const rounds: Record<Which, Cost>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rounds.push(await round());
  console.log(`round ${r + 1}/${ROUNDS}`, JSON.stringify(rounds.at(-1)));
}
const of = (which: Which, key: keyof Cost) => median(rounds.map((r) => r[which][key]));
const ratioOf = (key: keyof Cost, which: Which = 'board') =>
  median(rounds.map((r) => r[which][key] / r.list[key]));
const ratio = ratioOf('cpu');
const ms = (us: number) => (us / 1000).toFixed(1);
const section = [
  '## The round board (`bench/round.bench.ts`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after: one in-memory PGlite with Innlandet's 2025 frame and ${CASES} submitted applications (about 3 kB each), ${ASSESSED} of them assessed; ${ROUNDS} rounds of ${REQUESTS} requests of each, taking turns, through HTTP (inject), the board and the list as Innlandet's caseworker, the national view as the directorate, after a warm-up round; medians, ms per request.`,
  '',
  '| request | CPU ms | wall ms |',
  '| --- | ---: | ---: |',
  `| \`GET ${BOARD}\` (the frame, commitments, each case's columns, generated version columns, stored assessment facts and decision; ranked by the domain) | ${ms(of('board', 'cpu'))} | ${ms(of('board', 'wall'))} |`,
  `| \`GET ${LIST}\` (the same ${CASES} cases' summaries) | ${ms(of('list', 'cpu'))} | ${ms(of('list', 'wall'))} |`,
  `| \`GET ${NATIONAL}\` (every county office's frame, commitments and use at once, the same domain functions; the directorate's national view) | ${ms(of('national', 'cpu'))} | ${ms(of('national', 'wall'))} |`,
  `| board ÷ list, median over the rounds of each round's ratio | ${ratio.toFixed(2)} | ${ratioOf('wall').toFixed(2)} |`,
  `| national view ÷ list, the same way | ${ratioOf('cpu', 'national').toFixed(2)} | ${ratioOf('wall', 'national').toFixed(2)} |`,
  '',
  `Target: the board within 2× the list (CPU) — ${ratio <= 2 ? 'met' : 'NOT met'}. The national view has no target of its own in the issue; it is shown against the same list.`,
  '',
].join('\n');
writeSection('## The round board', section);
console.log(section);
await app.close();
await db.close();
