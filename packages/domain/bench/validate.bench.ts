import { writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentJsonSchema, validateDocument } from '../src/index.js';
import { largeCase } from './cases.js';
import { type Measurement, measure } from './measure.js';

const COMMAND = 'pnpm --filter @sosialtilskudd/domain bench';
const TARGET_RATIO = 3;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const ajvApplication = ajv.compile(documentJsonSchema('application'));
const ajvReport = ajv.compile(documentJsonSchema('status-report'));

const { application, report } = largeCase(200);
const applicationText = JSON.stringify(exampleFullApplication());
const reportText = JSON.stringify(report);
const context = { application };

function exampleFullApplication() {
  return largeCase(2 + 1 + 2).application; // the realistic application: two positions, competence funds, two costs
}

function assertValid(ok: boolean, what: string) {
  if (!ok) throw new Error(`${what} is not valid: the benchmark would measure the error path`);
}
assertValid(validateDocument(JSON.parse(applicationText)).ok, 'application');
assertValid(validateDocument(JSON.parse(reportText), { context }).ok, 'status report');
assertValid(ajvApplication(JSON.parse(applicationText)) && ajvReport(JSON.parse(reportText)), 'ajv');

/**
 * Each contender does one job on the same document: parse the text, or validate the parsed value. The
 * end-to-end row (parse + validate) is what a server pays per request.
 */
function suite(
  text: string,
  ajvValidate: (v: unknown) => boolean,
  domain: (v: unknown) => unknown,
): Measurement[] {
  const parsed = JSON.parse(text);
  return measure([
    { name: 'JSON.parse of the text', run: () => JSON.parse(text) },
    { name: 'ajv (generated JSON Schema) on the parsed value', run: () => ajvValidate(parsed) },
    { name: 'domain (schema + every rule) on the parsed value', run: () => domain(parsed) },
    { name: 'end to end: JSON.parse + domain', run: () => domain(JSON.parse(text)) },
  ]);
}

const suites: [string, string, Measurement[]][] = [
  [
    'Full application (søknad)',
    applicationText,
    suite(applicationText, ajvApplication, (v) => validateDocument(v)),
  ],
  [
    'Status report with 200 accounts lines, compared with a 200-line budget',
    reportText,
    suite(reportText, ajvReport, (v) => validateDocument(v, { context })),
  ],
];

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lines: string[] = [];
const ratios = new Map<string, number>();
for (const [title, text, results] of suites) {
  const base = results[0] as Measurement;
  lines.push(
    `### ${title} (${fmt(text.length / 1024, 1)} KiB of JSON)`,
    '',
    '| contender | ops/s (median) | µs/op | × JSON.parse |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const ratio = r.micros / base.micros;
    lines.push(`| ${r.name} | ${fmt(r.opsPerSecond)} | ${fmt(r.micros, 1)} | ${fmt(ratio, 2)} |`);
    if (title.startsWith('Status')) ratios.set(r.name, ratio);
  }
  lines.push('');
}
const validation = ratios.get('domain (schema + every rule) on the parsed value') ?? Number.NaN;
const endToEnd = ratios.get('end to end: JSON.parse + domain') ?? Number.NaN;
lines.push(
  `Target: full domain validation of the 200-line report costs at most ${TARGET_RATIO}× its JSON.parse — ` +
    `${validation <= TARGET_RATIO ? 'met' : 'NOT met'}: validation ${fmt(validation, 2)}× the parse. ` +
    `Parse and validation together cost ${fmt(endToEnd, 2)}× the parse alone.`,
);

const section = [
  `## Domain validation (\`${COMMAND}\`)`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${21} interleaved rounds of 60 ms batches per contender, medians.`,
  '',
  ...lines,
].join('\n');
console.log(section);

const file = new URL('../BENCHMARKS.md', import.meta.url);
writeFileSync(file, `# Benchmarks: @sosialtilskudd/domain\n\n${section}\n`);
