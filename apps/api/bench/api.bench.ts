/**
 * pnpm --filter @sosialtilskudd/api bench
 *
 * Requests/s and p99 latency, with autocannon, against the API on PGlite: submitting a full application,
 * listing 200 cases, and a no-op route of the same server in the same run. Medians of ROUNDS rounds, written
 * as a section of BENCHMARKS.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 1500);
const CONNECTIONS = 10;

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
  const { ids } = await ask<{ ids: string[] }>({ drafts: SUBMITS });
  let next = 0;
  return run({
    url,
    amount: ids.length,
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

const samples: Record<'noop' | 'submit' | 'list', Sample[]> = { noop: [], submit: [], list: [] };
// The first round fills the database with at least 200 submitted cases, so every list returns 200.
for (let round = 0; round < ROUNDS; round++) {
  samples.noop.push(await noop());
  samples.submit.push(await submit());
  samples.list.push(await list());
  console.log(
    `round ${round + 1}/${ROUNDS}`,
    JSON.stringify(samples, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)),
  );
}
const probe = await ask<{ selectMs: number; readMs: number; validateMs: number }>({ probe: true });
server.send({ stop: true });
await new Promise((resolve) => server.once('exit', resolve));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const row = (name: string, key: keyof typeof samples) => {
  const rps = median(samples[key].map((s) => s.rps));
  const share = (rps / median(samples.noop.map((s) => s.rps))) * 100;
  const errors = samples[key].reduce((n, s) => n + s.errors, 0);
  return `| ${name} | ${Math.round(rps).toLocaleString('en-US')} | ${median(samples[key].map((s) => s.p99))} | ${share.toFixed(1)} % | ${errors} |`;
};
const submitShare = median(samples.submit.map((s) => s.rps)) / median(samples.noop.map((s) => s.rps));

const section = [
  '## API on PGlite (`pnpm --filter @sosialtilskudd/api bench`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} cores shared with the load generator. autocannon ${CONNECTIONS} connections; ${ROUNDS} rounds of no-op (${SECONDS} s), submit (${SUBMITS} drafts, one request each), list (${SECONDS} s); medians.`,
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
  'Where the time goes, measured in the server process after the run (µs per call):',
  '',
  '| step | µs |',
  '| --- | ---: |',
  `| one trivial round trip to PGlite (\`select 1\`) | ${(probe.selectMs * 1000).toFixed(0)} |`,
  `| reading one case (a submit also reads the call's deadline extensions) | ${(probe.readMs * 1000).toFixed(0)} |`,
  `| \`validateDocument\` of the full application, every rule | ${(probe.validateMs * 1000).toFixed(0)} |`,
  '',
  `PGlite runs in the server's own thread, so every query's time is time the server cannot answer anything else. A route that touches the database once cannot pass about ${Math.round(1000 / probe.selectMs).toLocaleString('en-US')} req/s here, and a submit reads the case and the call's deadline extensions, judges the document, and writes the change, its audit event and the immutable version (one statement): 25 % of a no-op route that answers ${Math.round(median(samples.noop.map((s) => s.rps))).toLocaleString('en-US')} req/s is out of reach for any design that stores the submission in PGlite before answering.`,
  '',
].join('\n');

const file = new URL('../BENCHMARKS.md', import.meta.url);
const existing = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '# Benchmarks: @sosialtilskudd/api\n\n';
  }
})();
const start = existing.indexOf('## API on PGlite');
const kept = start === -1 ? existing : existing.slice(0, start);
const next = existing.indexOf('\n## ', start + 1);
writeFileSync(file, `${kept}${section}${start !== -1 && next !== -1 ? existing.slice(next + 1) : ''}`);
console.log(section);
