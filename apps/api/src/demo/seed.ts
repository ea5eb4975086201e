import { createTilskuddClient } from '@sosialtilskudd/api-client';
import { findCall } from '@sosialtilskudd/domain';
import { buildApp } from '../app.js';
import { devIssuer } from '../auth/tokens.js';
import { ADVISORY_LOCKS } from '../db/advisory-locks.js';
import type { Database } from '../db/database.js';
import { databaseWithin } from '../db/within-transaction.js';
import { upsertNavOffice } from '../repository/nav-offices.js';
import type { CaseFacts } from './documents.js';
import { DEMO_FRAMES_ISSUED_AT, issueDemoFrames } from './frames.js';
import { injectFetch } from './inject-fetch.js';
import { DEMO_CASEWORKERS, DEMO_NAV_OFFICES, DEMO_USERS } from './people.js';
import { type Stop, stopBy, walkCase } from './walk.js';

interface DemoCase {
  office: number;
  user: string;
  callId: string;
  applicationId: string;
  measureName: string;
  /** Where the case is on the demo's day (DEMO_NOW); with an earlier clock it has come less far. */
  stop: Stop;
  continues?: CaseFacts['continues'];
  plannedEndDate?: string;
}

/** Who signs for each demo office (§ 7): its Nav office head and its municipality's chief executive. */
const DEMO_SIGNERS: readonly { head: string; executive: string }[] = [
  { head: 'nav-gjovik-leder', executive: 'gjovik-kommunedirektor' },
  { head: 'nav-frogner-leder', executive: 'oslo-kommunedirektor' },
  { head: 'nav-midt-telemark-leder', executive: 'midt-telemark-kommunedirektor' },
];

/**
 * On the demo's day, 27 January 2025: the 2024 grants are paid and their status reports due by 1 February (one
 * sent, one not yet), one 2024 application was rejected, and the 2025 call is still open — its applications are
 * submitted or drafts, and none is decided before the call closes.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    office: 0,
    user: 'nav-gjovik',
    callId: 'utvikling-sosiale-tjenester-2024',
    applicationId: 'soknad-gjovik-2024',
    measureName: 'Trygg bolig – ung start',
    stop: 'reported',
  },
  {
    office: 0,
    user: 'nav-gjovik',
    callId: 'utvikling-sosiale-tjenester-2025',
    applicationId: 'soknad-gjovik-2025',
    measureName: 'Familieteam Gjøvik',
    stop: 'submitted',
  },
  {
    // A measure of one year that ended on 31 December: its status report and its final report are due.
    office: 1,
    user: 'nav-frogner',
    callId: 'utvikling-sosiale-tjenester-2024',
    applicationId: 'soknad-frogner-2024',
    measureName: 'Ung i jobb Frogner',
    stop: 'paid',
    plannedEndDate: '2024-12-31',
  },
  {
    office: 1,
    user: 'nav-frogner',
    callId: 'utvikling-sosiale-tjenester-2024',
    applicationId: 'avslag-frogner-2024',
    measureName: 'Bo trygt på Frogner',
    stop: 'rejected',
  },
  {
    office: 2,
    user: 'nav-midt-telemark',
    callId: 'utvikling-sosiale-tjenester-2025',
    applicationId: 'soknad-midt-telemark-2025',
    measureName: 'Sammen for barna i Midt-Telemark',
    stop: 'submitted',
  },
  {
    office: 2,
    user: 'nav-midt-telemark',
    callId: 'utvikling-sosiale-tjenester-2025',
    applicationId: 'utkast-midt-telemark-2025',
    measureName: 'Boligsosialt løft',
    stop: 'draft',
  },
  {
    // Year two of a measure granted before this system: last year's report is not in its records, so the
    // caseworker sees that CONTINUATION_REPORT_MISSING was not checked.
    office: 2,
    user: 'nav-midt-telemark',
    callId: 'utvikling-sosiale-tjenester-2025',
    applicationId: 'videreforing-midt-telemark-2025',
    measureName: 'Losen – oppfølging av unge',
    stop: 'submitted',
    continues: { caseNumber: '2024/4711', callId: 'utvikling-sosiale-tjenester-2024' },
  },
];

/**
 * Loads the demo Nav offices and cases into an empty database, through the API itself, so demo data meets
 * the same rules, lifecycle and audit log as real data. Each step runs at a realistic date for its call, and
 * only the steps dated at or before `now` (the server's clock when it starts) are taken: nothing is dated
 * after the day the demo shows.
 *
 * All of it is one transaction: a server killed halfway leaves nothing, and the next start seeds again. The
 * advisory lock makes a second server starting on the same PostgreSQL wait, then find the data and skip.
 * `progress` hears of each case as it starts.
 */
export async function seedDemo(
  db: Database,
  { now, progress = () => {} }: { now: Date; progress?: (line: string) => void },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.demoData]);
    if ((await tx.query('select 1 from nav_offices limit 1')).rows.length > 0) return false;
    await seedWithin(databaseWithin(tx, db.kind), now, progress);
    return true;
  });
}

async function seedWithin(db: Database, now: Date, progress: (line: string) => void): Promise<void> {
  for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
  const dev = await devIssuer();
  let clock = new Date();
  const app = buildApp({ db, now: () => clock, issuers: [dev] });
  const fetch = injectFetch(app);
  const client = async (userId: string) => {
    const principal = DEMO_USERS.get(userId);
    if (!principal) throw new RangeError(`Unknown demo user ${userId}`);
    return createTilskuddClient({ baseUrl: 'http://demo', token: await dev.sign(principal), fetch });
  };
  const signersOf = async (office: number) => {
    const { head, executive } = DEMO_SIGNERS[office] ?? {};
    if (!head || !executive) throw new RangeError(`No demo signers for office ${office}`);
    return { head: await client(head), executive: await client(executive) };
  };
  try {
    progress('Demodata: fullmaktene for 2025');
    clock = new Date(DEMO_FRAMES_ISSUED_AT);
    await issueDemoFrames(await client('avdir'), now);
    for (const [index, c] of DEMO_CASES.entries()) {
      progress(`Demodata: ${c.applicationId} (${index + 1} av ${DEMO_CASES.length})`);
      const call = findCall(c.callId);
      const office = DEMO_NAV_OFFICES[c.office];
      const caseworker = office && DEMO_CASEWORKERS.get(office.countyOfficeId);
      if (!call || !office || !caseworker) throw new RangeError(`Bad demo case ${c.applicationId}`);
      const stop = stopBy(c.stop, call.year, now);
      if (!stop) continue;
      await walkCase(
        {
          office: await client(c.user),
          ...(await signersOf(c.office)),
          county: await client(caseworker.userId),
          approver: await client(caseworker.approver.userId),
          setClock: (instant) => {
            clock = new Date(instant);
          },
        },
        {
          call,
          office: office.office,
          countyOfficeId: office.countyOfficeId,
          applicationId: c.applicationId,
          measureName: c.measureName,
          continues: c.continues,
          plannedEndDate: c.plannedEndDate,
          caseworker: caseworker.name,
        },
        stop,
      );
    }
  } finally {
    await app.close();
  }
}
