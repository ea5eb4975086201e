/**
 * Part of `pnpm --filter @sosialtilskudd/api bench`: a 10 MB attachment uploaded over HTTP into the API on a
 * fresh PGlite directory (type by content, SHA-256 on the way, 256 KiB rows), beside the floor of streaming the
 * same bytes from the same source to /dev/null, in the same run. Time and peak memory for each: the JavaScript
 * heap and Buffers in use above where they stood before (sampled every 2 ms; resident set size would hide it, as
 * freed pages are reused); medians of ROUNDS rounds, written as a section of BENCHMARKS.md. Client and server
 * share this process, so the upload's memory includes the sending side too.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buildApp } from '../src/app.js';
import type { Principal } from '../src/auth/principal.js';
import { devIssuer } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/open.js';
import { DEMO_USERS } from '../src/demo/people.js';
import { insertDraft } from './draft.js';
import { median } from './median.js';
import { writeSection } from './sections.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZE = 10 * 1024 * 1024;
const PIECE = 64 * 1024;
const MB = 1024 * 1024;

/** A PDF of SIZE bytes (a real header, then padding), produced piece by piece as a client would read a file. */
function* pdfPieces(): Generator<Buffer> {
  const header = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
  for (let sent = 0; sent < SIZE; sent += PIECE) {
    const piece = Buffer.alloc(Math.min(PIECE, SIZE - sent), 0x20);
    if (sent === 0) header.copy(piece);
    yield piece;
  }
}

/** What is in use: the JavaScript heap and the Buffers outside it. */
const inUse = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Runs `work`, sampling memory in use meanwhile: milliseconds, and the peak above the start in MB. */
async function measured(work: () => Promise<void>): Promise<{ ms: number; peakMb: number }> {
  global.gc?.();
  const before = inUse();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, inUse());
  }, 2);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, inUse());
  return { ms, peakMb: (peak - before) / MB };
}

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-upload-bench-'));
const db = await openDatabase({ pgliteDir: dir });
const dev = await devIssuer();
const clock = new Date('2025-01-25T10:00:00+01:00');
const app = buildApp({ db, now: () => clock, issuers: [dev] });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const authorization = `Bearer ${await dev.sign(DEMO_USERS.get('nav-gjovik') as Principal)}`;

async function upload(): Promise<void> {
  // A draft per round: five 10 MB files would fill one document's 50 MB.
  const id = await insertDraft(db, clock);
  const response = await fetch(
    `${url}/v1/applications/${id}/attachments?for=application&fileName=bench.pdf`,
    {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/pdf' },
      body: Readable.toWeb(Readable.from(pdfPieces())) as ReadableStream,
      duplex: 'half',
    } as RequestInit,
  );
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
}

const floor = () => pipeline(Readable.from(pdfPieces()), createWriteStream('/dev/null'));

const uploads: { ms: number; peakMb: number }[] = [];
const floors: { ms: number; peakMb: number }[] = [];
await upload(); // warm-up: routes, prepared statements, file-type's first import
for (let round = 0; round < ROUNDS; round++) {
  floors.push(await measured(floor));
  uploads.push(await measured(upload));
}
await app.close();
await db.close();
rmSync(dir, { recursive: true, force: true });

const med = (xs: { ms: number; peakMb: number }[], key: 'ms' | 'peakMb') => median(xs.map((x) => x[key]));
const row = (name: string, xs: { ms: number; peakMb: number }[]) =>
  `| ${name} | ${med(xs, 'ms').toFixed(0)} | ${med(xs, 'peakMb').toFixed(1)} |`;
const section = [
  '## 10 MB upload on PGlite (`bench/upload.bench.ts`)',
  '',
  `Medians of ${ROUNDS} rounds, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. Peak memory is the`,
  'JavaScript heap and Buffers in use above where they stood before the round, sampled every 2 ms (client and',
  'server in one process; `--expose-gc` collects before each round).',
  '',
  '| what | ms | peak MB |',
  '| --- | ---: | ---: |',
  row('POST …/attachments, 10 MB PDF, stored in PGlite', uploads),
  row('the same bytes streamed to /dev/null (floor)', floors),
  '',
  `The upload takes ${(med(uploads, 'ms') / med(floors, 'ms')).toFixed(1)}× the floor's time; its peak memory is`,
  `${((med(uploads, 'peakMb') * MB) / SIZE).toFixed(2)}× the file's size (the floor's: ${((med(floors, 'peakMb') * MB) / SIZE).toFixed(2)}×).`,
].join('\n');
writeSection('## 10 MB upload on PGlite', section);
console.log(section);
