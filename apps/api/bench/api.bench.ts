/**
 * pnpm --filter @sosialtilskudd/api bench
 *
 * Requests/s and latency, with autocannon, against the API on PGlite (or, with BENCH_DATABASE_URL, on that
 * PostgreSQL server): submitting a full application, listing 200 cases, and, in the same run, the storage
 * floor (the bench server's one extra route: insert the same application as jsonb, answer 201) that submit is
 * judged against, and a no-op route for context. The routes take turns in every round; medians of ROUNDS
 * rounds, written as a section of BENCHMARKS.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_DRAFT } from './draft.js';
import { median } from './median.js';
import { breakdown } from './profile-breakdown.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// More drafts than a round can submit, so every submit finds a fresh draft (a repeat would be a counted 409).
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 10_000);
const CONNECTIONS = 10;
const ON_POSTGRES = Boolean(process.env.BENCH_DATABASE_URL);
const HEADING = ON_POSTGRES ? '## API on PostgreSQL' : '## API on PGlite';
/** Submit against the floor in the same run: at least this share of its throughput … */
const THROUGHPUT_TARGET = 0.5;
/** … and a p99 at most this many times the floor's. */
const P99_TARGET = 2;
/** A directory: the server's CPU is profiled while floor and submit are loaded in the last round. */
const PROFILE_DIR = process.env.BENCH_PROFILE;

const server: ChildProcess = fork(new URL('./bench-server.ts', import.meta.url), {
  execArgv: ['--conditions=@sosialtilskudd/source', '--import', 'tsx'],
});
const ask = <T>(message: object): Promise<T> =>
  new Promise((resolve) => {
    server.once('message', (reply) => resolve(reply as T));
    server.send(message);
  });
const { port, floorPath } = await new Promise<{ port: number; floorPath: string }>((resolve) =>
  server.once('message', (m) => resolve(m as { port: number; floorPath: string })),
);
const url = `http://127.0.0.1:${port}`;
const bearer = async (user: string) => `Bearer ${(await ask<{ token: string }>({ token: user })).token}`;
const office = await bearer('nav-gjovik');
const caseworker = await bearer('sf-innlandet');
// What a submit stores: the draft with the server's submittedAt.
const floorBody = JSON.stringify({ ...BENCH_DRAFT, submittedAt: new Date().toISOString() });

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU per request, µs: unlike req/s, not moved by what else the machine runs. */
  cpu: number;
  errors: number;
}

const serverCpuMs = async () => (await ask<{ cpuMs: number }>({ cpu: true })).cpuMs;

/** Set while a run is to be profiled: the profile's file, and the requests it covered once done. */
let profiling: string | undefined;
const profiled = new Map<string, number>();

async function run(options: autocannon.Options): Promise<Sample> {
  if (profiling) await ask({ profile: 'start' });
  const before = await serverCpuMs();
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  const used = (await serverCpuMs()) - before;
  if (profiling) {
    await ask({ profile: { file: profiling } });
    profiled.set(profiling, result.requests.total);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: (used / Math.max(1, result.requests.total)) * 1000,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

const routes = {
  floor: () =>
    run({
      url: `${url}${floorPath}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: floorBody,
      duration: SECONDS,
    }),
  async submit() {
    const { ids } = await ask<{ ids: string[] }>({ drafts: DRAFTS });
    let next = 0;
    return run({
      url,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          headers: { authorization: office },
          setupRequest: (request) => ({
            ...request,
            path: `/v1/applications/${ids[next++ % ids.length]}/submit`,
          }),
        },
      ],
    });
  },
  list: () =>
    run({
      url: `${url}/v1/applications?limit=200&state=submitted`,
      duration: SECONDS,
      headers: { authorization: caseworker },
    }),
  noop: () => run({ url: `${url}/health`, duration: SECONDS }),
};
type Route = keyof typeof routes;

interface Probe {
  wholeMs: number;
  databaseMs: number;
  statements: number;
}

const samples: Record<Route, Sample[]> = { floor: [], submit: [], list: [], noop: [] };
// Each round's probe right after its submits: the database grows from round to round (past PGlite's shared
// buffers), so the probe must see the same database the load saw.
const probes: { submit: Probe; floor: Probe }[] = [];
// Floor and submit take turns first in a round, so neither always follows the other. The first round's
// submits leave at least 200 submitted cases, so every list returns 200.
for (let round = 0; round < ROUNDS; round++) {
  const order: Route[] =
    round % 2 ? ['submit', 'floor', 'list', 'noop'] : ['floor', 'submit', 'list', 'noop'];
  for (const route of order) {
    const last = round === ROUNDS - 1 && (route === 'floor' || route === 'submit');
    profiling = PROFILE_DIR && last ? join(PROFILE_DIR, `${route}.cpuprofile`) : undefined;
    samples[route].push(await routes[route]());
    if (route === 'submit') probes.push(await ask<{ submit: Probe; floor: Probe }>({ probe: true }));
  }
  console.log(
    `round ${round + 1}/${ROUNDS}`,
    JSON.stringify(samples, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
  );
}
server.send({ stop: true });
await new Promise((resolve) => server.once('exit', resolve));

const med = (route: Route, key: keyof Sample) => median(samples[route].map((s) => s[key]));
const perRound = (f: (i: number) => number) => samples.floor.map((_s, i) => f(i));
/** submit ÷ floor for one measure, round by round: its median and its range, which shows the noise. */
function ratio(key: 'rps' | 'p50' | 'p99' | 'cpu') {
  const xs = perRound((i) => (samples.submit[i]?.[key] ?? 0) / (samples.floor[i]?.[key] ?? 1));
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
const throughput = ratio('rps');
const p50 = ratio('p50');
const p99 = ratio('p99');
const cpu = ratio('cpu');
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const times = (r: { median: number; min: number; max: number }) =>
  `${r.median.toFixed(2)} (rounds ${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
const row = (name: string, route: Route) => {
  const errors = samples[route].reduce((n, s) => n + s.errors, 0);
  return `| ${name} | ${Math.round(med(route, 'rps')).toLocaleString('en-US')} | ${ms(med(route, 'p50'))} | ${ms(med(route, 'p99'))} | ${(med(route, 'rps') / med('floor', 'rps')).toFixed(2)} | ${Math.round(med(route, 'cpu'))} | ${errors} |`;
};
const probe = (which: 'submit' | 'floor', key: 'wholeMs' | 'databaseMs') =>
  (median(probes.map((p) => p[which][key])) * 1000).toFixed(0);
const statements = (which: 'submit' | 'floor') => probes[0]?.[which].statements ?? 0;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** Microseconds of the server's thread per request, by part, for floor and submit side by side. */
function profileTable(): string[] {
  if (!PROFILE_DIR) return [];
  const sum = (m: Map<string, number>) => [...m.values()].reduce((n, x) => n + x, 0);
  const [floor, submit] = (['floor', 'submit'] as const).map((route) => {
    const file = join(PROFILE_DIR, `${route}.cpuprofile`);
    const parts = breakdown(file, profiled.get(file) ?? 1);
    // The profiler samples wall time, so a thread waiting for a core on a busy machine would count too: each
    // part keeps its share of the samples, scaled to the CPU per request the round measured.
    const scale = (samples[route].at(-1)?.cpu ?? 0) / sum(parts);
    return new Map([...parts].map(([part, us]) => [part, us * scale]));
  }) as [Map<string, number>, Map<string, number>];
  const parts = [...new Set([...floor.keys(), ...submit.keys()])].sort(
    (a, b) => (submit.get(b) ?? 0) - (submit.get(a) ?? 0),
  );
  return [
    `CPU profile of the server while each was loaded in the last round (\`BENCH_PROFILE=${PROFILE_DIR}\`; sampled every 200 µs, which slows the server a little): each part's share of the samples, as µs of the CPU per request that round measured:`,
    '',
    '| part | floor | submit | submit − floor |',
    '| --- | ---: | ---: | ---: |',
    ...parts.map((p) => {
      const [f, s] = [floor.get(p) ?? 0, submit.get(p) ?? 0];
      return `| ${p} | ${f.toFixed(0)} | ${s.toFixed(0)} | ${(s - f).toFixed(0)} |`;
    }),
    `| all | ${sum(floor).toFixed(0)} | ${sum(submit).toFixed(0)} | ${(sum(submit) - sum(floor)).toFixed(0)} |`,
    '',
  ];
}

const section = [
  `${HEADING} (\`${ON_POSTGRES ? 'BENCH_DATABASE_URL=… ' : ''}pnpm --filter @sosialtilskudd/api bench\`)`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} cores shared with the load generator. autocannon ${CONNECTIONS} connections; ${ROUNDS} rounds, each running floor and submit (taking turns first), list and no-op for ${SECONDS} s each; medians of the rounds. Each submit takes a fresh draft of ${DRAFTS}.`,
  '',
  '| route | req/s | p50 ms | p99 ms | ÷ floor req/s | server CPU µs per request | errors + non-2xx |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  row(
    `\`POST ${floorPath}\` (the floor: insert the same ${(floorBody.length / 1024).toFixed(1)} KiB application as jsonb, 201; bench server only)`,
    'floor',
  ),
  row(
    '`POST /v1/applications/{id}/submit` (full application, all rules, case number, version, audit)',
    'submit',
  ),
  row('`GET /v1/applications?limit=200` (200 cases, as a caseworker)', 'list'),
  row('`GET /health` (no-op, for context)', 'noop'),
  '',
  'Submit against the floor, round by round (submit ÷ floor; median and range of the rounds):',
  '',
  `- throughput ${times(throughput)}: target ≥ ${THROUGHPUT_TARGET} — ${verdict(throughput.median >= THROUGHPUT_TARGET)};`,
  `- p99 latency ${times(p99)}: target ≤ ${P99_TARGET} — ${verdict(p99.median <= P99_TARGET)};`,
  `- p50 latency ${times(p50)};`,
  `- server CPU per request ${times(cpu)}: the throughput the server process's own work allows is ${(1 / cpu.median).toFixed(2)} of the floor's${ON_POSTGRES ? " (the PostgreSQL server's work is not counted)" : ''}.`,
  '',
  "Where a request's time goes: after each round's submits, 400 submits and 400 floor inserts one at a time inside the server process through Fastify's inject, alternating (medians of the rounds, µs). Inject handles a request body less cheaply than a socket does, so the floor's share outside the database is overstated here; the ratios above are the measure.",
  '',
  '| request | whole (HTTP, and for submit token, rules, view) | of which the database | statements |',
  '| --- | ---: | ---: | ---: |',
  `| floor | ${probe('floor', 'wholeMs')} | ${probe('floor', 'databaseMs')} | ${statements('floor')} |`,
  `| submit | ${probe('submit', 'wholeMs')} | ${probe('submit', 'databaseMs')} | ${statements('submit')} |`,
  '',
  ...profileTable(),
].join('\n');

writeSection(HEADING, section);
console.log(section);
