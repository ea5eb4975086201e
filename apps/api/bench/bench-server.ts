/**
 * The API on a fresh PGlite directory, in its own process so the load generator does not share its event loop.
 * The parent asks over IPC for drafts to submit and for tokens; the clock stands inside the 2025 call's
 * deadline so every submission is on time.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_NAV_OFFICE, findCall, validateDocument } from '@sosialtilskudd/domain';
import { buildApp } from '../src/app.js';
import { devIssuer } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/open.js';
import { applicationFor } from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { findApplication, insertApplication } from '../src/repository/applications.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-'));
const db = await openDatabase({ pgliteDir: dir });
for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
const dev = await devIssuer();
const clock = new Date('2025-01-25T10:00:00+01:00');
const app = buildApp({ db, now: () => clock, issuers: [dev] });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const call = findCall('utvikling-sosiale-tjenester-2025');
if (!call) throw new Error('call missing');
const draft = applicationFor({
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet',
  applicationId: 'soknad-gjovik-2025',
  measureName: 'Trygg bolig – ung start',
});

type Message = { drafts: number } | { token: string } | { probe: true } | { stop: true };

process.on('message', async (message: Message) => {
  if ('drafts' in message) {
    const ids: string[] = [];
    for (let i = 0; i < message.drafts; i++) {
      const row = await insertApplication(
        db,
        {
          id: randomUUID(),
          organisationNumber: draft.applicant.organisationNumber,
          authority: 'county-office:innlandet',
          callId: call.id,
          document: draft,
        },
        clock,
      );
      ids.push(row.id);
    }
    process.send?.({ ids });
  } else if ('probe' in message) {
    // Where a submit's time goes, measured in this process after the load: a trivial round trip to PGlite,
    // reading one case, and judging the full application with every rule.
    const timed = async (work: () => unknown, times = 1000) => {
      const start = performance.now();
      for (let i = 0; i < times; i++) await work();
      return (performance.now() - start) / times;
    };
    const { rows } = await db.query<{ id: string }>('select id from applications limit 1');
    const id = rows[0]?.id ?? '';
    process.send?.({
      selectMs: await timed(() => db.query('select 1')),
      readMs: await timed(() => findApplication(db, id)),
      validateMs: await timed(() =>
        validateDocument({ ...draft, submittedAt: clock.toISOString() }, { type: 'application' }),
      ),
    });
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
