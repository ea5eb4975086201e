import { writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentJsonSchema, validateDocument } from '../src/index.js';
import { largeCase } from './cases.js';
import { type Measurement, measure } from './measure.js';

const COMMAND = 'pnpm --filter @sosialtilskudd/domain bench';
/** Validation of a status report, at every size, costs at most this many times its JSON.parse … */
const VALIDATION_TARGET = 3;
/** … and parse plus validation of the 200-line report at most this many times the parse alone. */
const END_TO_END_TARGET = 3.5;
const END_TO_END_LINES = 200;
/**
 * Accounts lines per status report: the growth from one size to the next shows what scales badly. The largest is
 * the most `largeCase` can make valid (two positions, the competence funds and MAX_ITEMS.otherCosts other costs).
 */
const SIZES = (process.env.BENCH_SIZES ?? '50,100,200').split(',').map(Number);
const ROUNDS = 21;
const BATCH_MS = 60;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const ajvApplication = ajv.compile(documentJsonSchema('application'));
const ajvReport = ajv.compile(documentJsonSchema('status-report'));

interface Suite {
  title: string;
  /** Accounts lines, for the status reports. */
  lines?: number;
  text: string;
  results: Measurement[];
}

/**
 * Each contender does one job on the same document: parse the text, or validate the parsed value. The
 * end-to-end row (parse + validate) is what a server pays per request.
 */
function suite(
  title: string,
  text: string,
  ajvValidate: (v: unknown) => boolean,
  domain: (v: unknown) => { ok: boolean },
  lines?: number,
): Suite {
  if (!domain(JSON.parse(text)).ok || !ajvValidate(JSON.parse(text)))
    throw new Error(`${title} is not valid: the benchmark would measure the error path`);
  const parsed = JSON.parse(text);
  const results = measure(
    [
      { name: 'JSON.parse of the text', run: () => JSON.parse(text) },
      { name: 'ajv (generated JSON Schema) on the parsed value', run: () => ajvValidate(parsed) },
      { name: 'domain (schema + every rule) on the parsed value', run: () => domain(parsed) },
      { name: 'end to end: JSON.parse + domain', run: () => domain(JSON.parse(text)) },
    ],
    { rounds: ROUNDS, batchMs: BATCH_MS },
  );
  return { title, lines, text, results };
}

const application = largeCase(2 + 1 + 2).application; // the realistic one: two positions, competence funds, two costs
const suites: Suite[] = [
  suite('Full application (søknad)', JSON.stringify(application), ajvApplication, (v) => validateDocument(v)),
  ...SIZES.map((lines) => {
    const big = largeCase(lines);
    const context = { application: big.application };
    return suite(
      `Status report with ${lines.toLocaleString('en-US')} accounts lines, compared with a ${lines.toLocaleString('en-US')}-line budget`,
      JSON.stringify(big.report),
      ajvReport,
      (v) => validateDocument(v, { context }),
      lines,
    );
  }),
];

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const micros = (s: Suite, i: number) => (s.results[i] as Measurement).micros;
/** Each contender's cost in JSON.parses of the same text. */
const ratio = (s: Suite, i: number) => micros(s, i) / micros(s, 0);

const details = suites.flatMap((s) => [
  `### ${s.title} (${fmt(s.text.length / 1024, 1)} KiB of JSON)`,
  '',
  '| contender | ops/s (median) | µs/op | × JSON.parse |',
  '| --- | ---: | ---: | ---: |',
  ...s.results.map(
    (r, i) => `| ${r.name} | ${fmt(r.opsPerSecond)} | ${fmt(r.micros, 1)} | ${fmt(ratio(s, i), 2)} |`,
  ),
  '',
]);

const reports = suites.filter((s) => s.lines !== undefined);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const endToEnd = reports.find((s) => s.lines === END_TO_END_LINES);
const summary = [
  '| accounts lines | KiB of JSON | JSON.parse µs | domain µs | domain × parse | parse + domain × parse | ajv × parse |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...reports.map(
    (s) =>
      `| ${fmt(s.lines ?? 0)} | ${fmt(s.text.length / 1024, 0)} | ${fmt(micros(s, 0), 0)} | ${fmt(micros(s, 2), 0)} | ${fmt(ratio(s, 2), 2)} | ${fmt(ratio(s, 3), 2)} | ${fmt(ratio(s, 1), 2)} |`,
  ),
  '',
  `Targets: validation of a status report costs at most ${VALIDATION_TARGET}× its JSON.parse at every size — ${verdict(reports.every((s) => ratio(s, 2) <= VALIDATION_TARGET))} (${reports.map((s) => `${fmt(s.lines ?? 0)} lines ${fmt(ratio(s, 2), 2)}×`).join(', ')}); parse and validation of the ${END_TO_END_LINES}-line report at most ${END_TO_END_TARGET}× the parse alone — ${endToEnd ? `${verdict(ratio(endToEnd, 3) <= END_TO_END_TARGET)} (${fmt(ratio(endToEnd, 3), 2)}×)` : 'not measured'}.`,
  '',
];

const section = [
  `## Domain validation (\`${COMMAND}\`)`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${ROUNDS} interleaved rounds of ${BATCH_MS} ms batches (CPU time) per contender, medians. Status reports of every size, each compared line by line with a budget of as many lines:`,
  '',
  ...summary,
  ...details,
].join('\n');
console.log(section);

const file = new URL('../BENCHMARKS.md', import.meta.url);
writeFileSync(file, `# Benchmarks: @sosialtilskudd/domain\n\n${section.trimEnd()}\n`);
