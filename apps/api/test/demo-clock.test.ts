import {
  type Application,
  type CountyOfficeId,
  deadlineEnd,
  findCall,
  type GrantLetter,
  osloDate,
  type StatusReport,
} from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { DEMO_NOW } from '../src/demo/day.js';
import { DEMO_CASEWORKERS } from '../src/demo/people.js';
import { DEMO_CASES, seedDemo } from '../src/demo/seed.js';
import { stopBy } from '../src/demo/walk.js';
import { freshDatabase } from './harness.js';

/** Dates that say when something is to happen — deadlines, plans, periods — may lie after the demo's day. */
const PLANS = new Set([
  'deadline',
  'reportingDeadline',
  'plannedEndDate',
  'startDate',
  'expectedStart',
  'dueOn',
  'period',
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** Every date and instant in a document that records something done, with its path. */
function recordedDates(value: unknown, path: string[] = []): { path: string; value: string }[] {
  if (typeof value === 'string')
    return DATE.test(value) || INSTANT.test(value) ? [{ path: path.join('.'), value }] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    PLANS.has(key) ? [] : recordedDates(child, [...path, key]),
  );
}

interface Case {
  id: string;
  measure: string;
  state: string;
  authority: string;
  caseworker: string | null;
  callId: string;
  /** A draft's document; a submitted application's are its versions. */
  document: Application | null;
}

interface CaseDocument {
  applicationId: string;
  type: string;
  document: Record<string, unknown>;
  createdAt: Date;
}

/**
 * What in the seeded demo is not true on `now`: anything recorded after it, a deadline that passed with the
 * case still waiting for it, a decision before the call closed, a report before its year ended, a caseworker
 * from another county office.
 */
async function untruths(db: Database, now: Date): Promise<string[]> {
  const today = osloDate(now);
  const found: string[] = [];
  const { rows: cases } = await db.query<Case>(
    `select id, measure_name as measure, state, authority, caseworker, call_id as "callId", document
     from applications`,
  );
  const { rows: documents } = await db.query<CaseDocument>(
    `select application_id as "applicationId", document_type as type, document, created_at as "createdAt"
     from case_documents`,
  );
  const { rows: instants } = await db.query<{ what: string; at: Date }>(
    `select 'case ' || measure_name || ' created' as what, created_at as at from applications
     union all select 'case ' || measure_name || ' updated', updated_at from applications
     union all select 'case ' || measure_name || ' submitted', submitted_at from applications where submitted_at is not null
     union all select 'version of ' || application_id, created_at from application_versions
     union all select 'audit ' || action || ' of ' || application_id, at from audit_events
     union all select 'frame ' || id || ' version ' || version, created_at from frames`,
  );
  for (const { what, at } of instants) if (at > now) found.push(`${what} at ${at.toISOString()}`);
  const { rows: versions } = await db.query<{ applicationId: string; document: unknown }>(
    'select application_id as "applicationId", document from application_versions',
  );
  const { rows: frames } = await db.query<{ id: string; document: unknown }>(
    'select id, document from frames',
  );
  const stored = [
    ...frames.map((f) => ({ what: `frame ${f.id}`, document: f.document })),
    ...cases.map((c) => ({ what: `application ${c.measure}`, document: c.document as unknown })),
    ...versions.map((v) => ({ what: `application version of ${v.applicationId}`, document: v.document })),
    ...documents.map((d) => ({ what: `${d.type} of ${d.applicationId}`, document: d.document as unknown })),
  ];
  for (const { what, document } of stored)
    for (const date of recordedDates(document)) {
      const after = DATE.test(date.value) ? date.value > today : Date.parse(date.value) > now.getTime();
      if (after) found.push(`${what}: ${date.path} ${date.value}`);
    }

  for (const c of cases) {
    const call = findCall(c.callId);
    const own = documents.filter((d) => d.applicationId === c.id);
    const ofType = (type: string) => own.filter((d) => d.type === type);
    const letter = ofType('grant-letter')[0]?.document as GrantLetter | undefined;
    if (c.state === 'granted' && letter && letter.acceptance.deadline < today)
      found.push(`${c.measure}: waits for an acceptance due ${letter.acceptance.deadline}`);
    const reported = ofType('status-report').map(
      (d) => (d.document as unknown as StatusReport).reportingYear,
    );
    if (
      letter &&
      c.state === 'paid' &&
      letter.reportingDeadline < today &&
      !reported.includes(call?.year ?? 0)
    )
      found.push(`${c.measure}: the status report due ${letter.reportingDeadline} is overdue`);
    for (const year of reported)
      if (today <= `${year}-12-31`)
        found.push(`${c.measure}: a status report for ${year} before the year ended`);
    const decision = ofType('case-decision')[0];
    if (decision && call && decision.createdAt < deadlineEnd(call.applicationDeadline))
      found.push(`${c.measure}: decided before ${call.id} closed`);
    const caseworker = DEMO_CASEWORKERS.get(
      c.authority.replace('county-office:', '') as CountyOfficeId,
    )?.name;
    const named = [
      c.caseworker,
      decision?.document.caseworker,
      ...[...ofType('grant-letter'), ...ofType('rejection-letter')].map((l) => String(l.document.signedBy)),
    ].filter((name) => name !== null && name !== undefined);
    for (const name of named)
      if (!caseworker || !String(name).startsWith(caseworker))
        found.push(`${c.measure}: handled by ${String(name)}, not ${caseworker} of its county office`);
  }
  return found;
}

async function seededOn(now: string) {
  const { db, drop } = await freshDatabase();
  await migrate(db);
  expect(await seedDemo(db, { now: new Date(now) })).toBe(true);
  return { db, drop };
}

describe('the demo tells the truth about its day', () => {
  it(`on the demo's day (${DEMO_NOW}) nothing is dated later, and every case is where that day puts it`, async () => {
    // Each case is made for this day: none is cut short by it.
    for (const c of DEMO_CASES)
      expect(stopBy(c.stop, findCall(c.callId)?.year ?? 0, new Date(DEMO_NOW)), c.applicationId).toBe(c.stop);
    const { db, drop } = await seededOn(DEMO_NOW);
    try {
      expect(await untruths(db, new Date(DEMO_NOW))).toEqual([]);
      const { rows } = await db.query<{ measure: string; year: string; state: string }>(
        `select measure_name as measure, substr(call_id, length(call_id) - 3) as year, state from applications
         order by measure_name`,
      );
      expect(rows).toEqual([
        { measure: 'Bo trygt på Frogner', year: '2024', state: 'rejected' },
        { measure: 'Boligsosialt løft', year: '2025', state: 'draft' },
        { measure: 'Familieteam Gjøvik', year: '2025', state: 'submitted' },
        { measure: 'Losen – oppfølging av unge', year: '2025', state: 'submitted' },
        { measure: 'Sammen for barna i Midt-Telemark', year: '2025', state: 'submitted' },
        { measure: 'Trygg bolig – ung start', year: '2024', state: 'reported' },
        { measure: 'Ung i jobb Frogner', year: '2024', state: 'paid' },
      ]);
      // The 2025 frames, issued on 10 January; Innlandet's is seed 000's 7 500 000 kr.
      const frames = await db.query<{ holder: string; amount: number }>(
        `select holder, (document->>'amount')::int as amount from frames order by holder`,
      );
      expect(frames.rows).toEqual([
        { holder: 'county-office:innlandet', amount: 7_500_000 },
        { holder: 'county-office:ostfold-buskerud-oslo-akershus', amount: 9_000_000 },
        { holder: 'county-office:vestfold-og-telemark', amount: 5_500_000 },
      ]);
    } finally {
      await db.close();
      await drop();
    }
  });

  it('on an earlier clock the cases have come only as far as that day', async () => {
    // Between the 2024 decisions (10 March) and their letters (15 March): decided cases are not seeded halfway.
    const { db, drop } = await seededOn('2024-03-12T12:00:00+01:00');
    try {
      expect(await untruths(db, new Date('2024-03-12T12:00:00+01:00'))).toEqual([]);
      const { rows } = await db.query<{ state: string; n: number }>(
        'select state, count(*)::int as n from applications group by state',
      );
      expect(rows).toEqual([{ state: 'submitted', n: 3 }]);
      expect((await db.query('select id from frames')).rows).toEqual([]);
    } finally {
      await db.close();
      await drop();
    }
  });

  it('finds what is not true: the check is not blind', async () => {
    const { db, drop } = await seededOn(DEMO_NOW);
    try {
      // The same data on the day before the 2024 status report was sent, and with a stranger as caseworker.
      await db.query(
        `update applications set caseworker = 'Kari Fremmed' where measure_name = 'Ung i jobb Frogner'`,
      );
      const found = await untruths(db, new Date('2025-01-19T12:00:00+01:00'));
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^status-report of .*: signatures\.0\.signedAt 2025-01-20T13:00:00\.000Z$/),
          expect.stringMatching(/^audit report of .* at 2025-01-20T13:00:00\.000Z$/),
          expect.stringMatching(/^Ung i jobb Frogner: handled by Kari Fremmed, not Aud Berg/),
        ]),
      );
      expect(await untruths(db, new Date('2025-02-03T12:00:00+01:00'))).toContain(
        'Ung i jobb Frogner: the status report due 2025-02-01 is overdue',
      );
    } finally {
      await db.close();
      await drop();
    }
  });
});
