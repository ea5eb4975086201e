/**
 * pnpm --filter @sosialtilskudd/api bench
 *
 * Requests/s and p99 latency, with autocannon, against the API on PGlite (or, with BENCH_DATABASE_URL, on that
 * PostgreSQL server): submitting a full application,
 * listing 200 cases, and a no-op route of the same server in the same run. Medians of ROUNDS rounds, written
 * as a section of BENCHMARKS.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// More drafts than a round can submit, so every submit finds a fresh draft (a repeat would be a counted 409).
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 10_000);
const CONNECTIONS = 10;
const ON_POSTGRES = Boolean(process.env.BENCH_DATABASE_URL);
const HEADING = ON_POSTGRES ? '## API on PostgreSQL' : '## API on PGlite';

const server: ChildProcess = fork(new URL('./bench-server.ts', import.meta.url), {
  execArgv: ['--conditions=@sosialtilskudd/source', '--import', 'tsx'],
});
const ask = <T>(message: object): Promise<T> =>
  new Promise((resolve) => {
    server.once('message', (reply) => resolve(reply as T));
    server.send(message);
  });
const { port } = await new Promise<{ port: number }>((resolve) =>
  server.once('message', (m) => resolve(m as { port: number })),
);
const url = `http://127.0.0.1:${port}`;
const bearer = async (user: string) => `Bearer ${(await ask<{ token: string }>({ token: user })).token}`;
const office = await bearer('nav-gjovik');
const caseworker = await bearer('sf-innlandet');

interface Sample {
  rps: number;
  p99: number;
  errors: number;
}

async function run(options: autocannon.Options): Promise<Sample> {
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

const noop = () => run({ url: `${url}/health`, duration: SECONDS });

async function submit(): Promise<Sample> {
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
}

const list = () =>
  run({
    url: `${url}/v1/applications?limit=200&state=submitted`,
    duration: SECONDS,
    headers: { authorization: caseworker },
  });

interface Probe {
  submitMs: number;
  databaseMs: number;
  statements: number;
}

const samples: Record<'noop' | 'submit' | 'list', Sample[]> = { noop: [], submit: [], list: [] };
// Each round's probe right after its submits: the database grows from round to round (past PGlite's shared
// buffers), so the probe must see the same database the load saw.
const probes: Probe[] = [];
// The first round fills the database with at least 200 submitted cases, so every list returns 200.
for (let round = 0; round < ROUNDS; round++) {
  samples.noop.push(await noop());
  samples.submit.push(await submit());
  probes.push(await ask<Probe>({ probe: true }));
  samples.list.push(await list());
  console.log(
    `round ${round + 1}/${ROUNDS}`,
    JSON.stringify(samples, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)),
  );
}
server.send({ stop: true });
await new Promise((resolve) => server.once('exit', resolve));

const probe = {
  submitMs: median(probes.map((p) => p.submitMs)),
  databaseMs: median(probes.map((p) => p.databaseMs)),
  statements: probes[0]?.statements ?? 0,
};
const noopRps = median(samples.noop.map((s) => s.rps));
const row = (name: string, key: keyof typeof samples) => {
  const rps = median(samples[key].map((s) => s.rps));
  const share = (rps / noopRps) * 100;
  const errors = samples[key].reduce((n, s) => n + s.errors, 0);
  return `| ${name} | ${Math.round(rps).toLocaleString('en-US')} | ${median(samples[key].map((s) => s.p99))} | ${share.toFixed(1)} % | ${errors} |`;
};
const submitShare = median(samples.submit.map((s) => s.rps)) / noopRps;

const section = [
  `${HEADING} (\`${ON_POSTGRES ? 'BENCH_DATABASE_URL=… ' : ''}pnpm --filter @sosialtilskudd/api bench\`)`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} cores shared with the load generator. autocannon ${CONNECTIONS} connections; ${ROUNDS} rounds of no-op (${SECONDS} s), submit (${SECONDS} s, each request a fresh draft of ${DRAFTS}), list (${SECONDS} s); medians.`,
  '',
  '| route | req/s (median) | p99 ms (median) | of no-op | errors + non-2xx |',
  '| --- | ---: | ---: | ---: | ---: |',
  row('`GET /health` (no-op)', 'noop'),
  row(
    '`POST /v1/applications/{id}/submit` (full application, all rules, case number, version, audit)',
    'submit',
  ),
  row('`GET /v1/applications?limit=200` (200 cases, as a caseworker)', 'list'),
  '',
  `Target: submit reaches at least 25 % of the no-op route's throughput — ${submitShare >= 0.25 ? 'met' : 'NOT met'} (${(submitShare * 100).toFixed(1)} %).`,
  '',
  "Where a submit's time goes: after each round's submits, 400 more drafts submitted one at a time inside the server process (medians of the rounds, µs):",
  '',
  '| part | µs |',
  '| --- | ---: |',
  `| the whole submit (HTTP, token, case read, every rule, write, view) | ${(probe.submitMs * 1000).toFixed(0)} |`,
  `| of which the database (${probe.statements} statements: read the case, read the call's deadline extensions, write the change with its audit event and immutable version) | ${(probe.databaseMs * 1000).toFixed(0)} |`,
  '',
  ON_POSTGRES
    ? `The database's ${(probe.databaseMs * 1000).toFixed(0)} µs are spent waiting on the PostgreSQL server, another process on the same two cores; the server's thread can answer other requests meanwhile.`
    : `PGlite runs in the server's own thread, so the database's ${(probe.databaseMs * 1000).toFixed(0)} µs are time the server can do nothing else: a submit that stores before it answers cannot pass about ${Math.round(1000 / probe.databaseMs).toLocaleString('en-US')} req/s here, ${((1000 / probe.databaseMs / noopRps) * 100).toFixed(1)} % of the no-op route, even if everything else cost nothing.`,
  '',
].join('\n');

writeSection(HEADING, section);
console.log(section);
