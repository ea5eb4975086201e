/**
 * The API on a fresh PGlite directory (or on BENCH_DATABASE_URL, an empty PostgreSQL database), in its own
 * process so the load generator does not share its event loop.
 * The parent asks over IPC for drafts to submit and for tokens; the clock stands inside the 2025 call's
 * deadline so every submission is on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import type { Principal } from '../src/auth/principal.js';
import { devIssuer } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/open.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';
import { insertDrafts } from './draft.js';
import { median } from './median.js';
import { stopwatch } from './stopwatch.js';

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-'));
const db = stopwatch(await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, pgliteDir: dir }));
for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
const dev = await devIssuer();
const clock = new Date('2025-01-25T10:00:00+01:00');
const app = buildApp({ db, now: () => clock, issuers: [dev] });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const PROBE_SUBMITS = 400;

type Message = { drafts: number } | { token: string } | { probe: true } | { stop: true };

process.on('message', async (message: Message) => {
  if ('drafts' in message) {
    process.send?.({ ids: await insertDrafts(db, message.drafts, clock) });
  } else if ('probe' in message) {
    // Where a submit's time goes: submits one at a time in this process, the database's part of each measured
    // apart from the rest (HTTP, token, rules, views).
    const ids = await insertDrafts(db, PROBE_SUBMITS, clock);
    const authorization = `Bearer ${await dev.sign(DEMO_USERS.get('nav-gjovik') as Principal)}`;
    const totals: number[] = [];
    const database: number[] = [];
    for (const id of ids) {
      db.reset();
      const start = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: `/v1/applications/${id}/submit`,
        headers: { authorization },
      });
      if (response.statusCode !== 200) throw new Error(response.body);
      totals.push(performance.now() - start);
      database.push(db.elapsedMs());
    }
    process.send?.({ submitMs: median(totals), databaseMs: median(database), statements: db.statements() });
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
process.send?.({ port });
