import { randomUUID } from 'node:crypto';
import { findCall } from '@sosialtilskudd/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import {
  acceptanceFor,
  applicationFor,
  type CaseFacts,
  decisionFor,
  grantLetterFor,
  paymentFor,
} from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import {
  type ApiProcess,
  listeningUrl,
  type SharedDatabase,
  sharedDatabase,
  startApiProcess,
} from './api-process.js';
import { type JwksIssuer, startJwksIssuer } from './jwks-issuer.js';

/**
 * Two real API processes on one PostgreSQL, sent the same submits, decisions, letters, acceptances and payments at
 * the same moment: each must take effect exactly once, an Idempotency-Key must hold across the processes, and no
 * request may fail with a 5xx (a deadlock or a lost race would). PGlite is one process by design (its directory
 * is locked), so this runs only with TEST_DATABASE_URL, as CI's PostgreSQL step does.
 */
const POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
if (!POSTGRES)
  console.info(
    'several-processes.test.ts hoppet over: trenger TEST_DATABASE_URL (PGlite er én prosess med låst katalog). ' +
      'Kjør med tooling/postgres/throwaway.sh som .ci/run gjør.',
  );

const call = findCall('utvikling-sosiale-tjenester-2025');
const CASES = 8;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
  contentType: string;
}

describe.skipIf(!POSTGRES)('two API processes on one PostgreSQL (needs TEST_DATABASE_URL)', () => {
  let shared: SharedDatabase;
  let issuer: JwksIssuer;
  let servers: ApiProcess[] = [];
  let urls: string[] = [];
  let db: Database;
  const answers: Answer[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase();
    issuer = await startJwksIssuer();
    // Both start at once on an empty schema: both migrate and both would load the demo data. One clock anchor:
    // a signature given through one and the submission through the other are in the order they happened.
    const anchor = new Date().toISOString();
    servers = [0, 1].map(() =>
      startApiProcess({
        ...shared.env,
        DEMO_DATA: 'true',
        AUTH_ISSUER: issuer.issuer,
        AUTH_JWKS_URL: issuer.jwksUrl,
        AUTH_AUDIENCE: issuer.audience,
        // Inside the 2025 call: submissions are on time, and every later step happens after them.
        API_START_AT: '2025-01-31T12:00:00+01:00',
        API_CLOCK_ANCHOR: anchor,
      }),
    );
    urls = await Promise.all(servers.map(listeningUrl));
    db = await shared.open();
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    const exits = await Promise.all(servers.map((s) => s.exited));
    await db?.close();
    await issuer?.close();
    await shared?.drop();
    expect(exits).toEqual([0, 0]);
  });

  /** One request to one of the processes, recorded so the test can check that none was a 5xx. */
  async function send(
    server: number,
    user: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    idempotencyKey?: string,
    ifMatch?: string,
  ): Promise<Answer> {
    const principal = DEMO_USERS.get(user);
    if (!principal) throw new Error(`no demo user ${user}`);
    const response = await fetch(`${urls[server]}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await issuer.tokenFor(principal)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      replayed: response.headers.get('idempotency-replayed') === 'true',
      contentType: response.headers.get('content-type') ?? '',
    };
    answers.push(answer);
    return answer;
  }

  const statuses = (list: Answer[]) => list.map((a) => a.status).sort();

  interface Case {
    id: string;
    facts: CaseFacts;
    office: string;
    /** The Nav office head and the chief executive, who sign (§ 7); the chief executive also accepts (§ 10). */
    head: string;
    executive: string;
    county: string;
    /** The county office's second person, who approves the caseworker's proposals. */
    approver: string;
  }
  const cases: Case[] = [];

  it('both start: one migrates and loads the demo data, the other waits and finds it', async () => {
    const loaded = servers.filter((s) => s.lines.includes('Demodata lastet inn'));
    expect(loaded).toHaveLength(1);
    const { rows } = await db.query<{ offices: number; cases: number; migrations: number }>(
      `select (select count(*)::int from nav_offices) as offices, (select count(*)::int from applications) as cases,
              (select count(*)::int from schema_migrations) as migrations`,
    );
    expect(rows[0]).toMatchObject({ offices: 3, cases: 7 });
  });

  it('drafts written through both processes are all there, each signed through both', async () => {
    if (!call) throw new Error('no 2025 call');
    const offices = [
      {
        office: DEMO_NAV_OFFICES[0],
        user: 'nav-gjovik',
        head: 'nav-gjovik-leder',
        executive: 'gjovik-kommunedirektor',
        county: 'sf-innlandet',
        approver: 'sf-innlandet-godkjenner',
      },
      {
        office: DEMO_NAV_OFFICES[1],
        user: 'nav-frogner',
        head: 'nav-frogner-leder',
        executive: 'oslo-kommunedirektor',
        county: 'sf-oslo',
        approver: 'sf-oslo-godkjenner',
      },
    ];
    const created = await Promise.all(
      Array.from({ length: CASES }, async (_, i) => {
        const who = offices[i % 2];
        if (!who?.office) throw new Error('demo office missing');
        const facts = {
          call,
          office: who.office.office,
          countyOfficeId: who.office.countyOfficeId,
          applicationId: `samtidig-${i}`,
          measureName: `Samtidig tiltak ${i}`,
        };
        const answer = await send(i % 2, who.user, 'POST', '/v1/applications', applicationFor(facts));
        expect(answer.status).toBe(201);
        // Sent for signing through one process, signed through each (§ 7).
        const id = String(answer.body.id);
        const signing = `/v1/applications/${id}/signing`;
        const locked = await send(
          i % 2,
          who.user,
          'POST',
          signing,
          undefined,
          undefined,
          String(answer.body.etag),
        );
        expect(locked.status).toBe(200);
        const { documentSha256 } = locked.body.signing as { documentSha256: string };
        for (const [server, signer] of [
          [0, who.head],
          [1, who.executive],
        ] as const)
          expect(
            (await send(server, signer, 'POST', `/v1/applications/${id}/signatures`, { documentSha256 }))
              .status,
          ).toBe(201);
        return {
          id,
          facts: { ...facts, caseNumber: '' },
          office: who.user,
          head: who.head,
          executive: who.executive,
          county: who.county,
          approver: who.approver,
        };
      }),
    );
    cases.push(...created);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from applications where measure_name like 'Samtidig tiltak %'`,
    );
    expect(rows[0]?.n).toBe(CASES);
  });

  it('a submit sent twice to each process with one Idempotency-Key is done once, and replayed three times', async () => {
    await Promise.all(
      cases.map(async (c) => {
        const key = randomUUID();
        const path = `/v1/applications/${c.id}/submit`;
        const results = await Promise.all(
          [0, 1, 0, 1].map((s) => send(s, c.office, 'POST', path, undefined, key)),
        );
        expect(statuses(results)).toEqual([200, 200, 200, 200]);
        expect(results.filter((r) => r.replayed)).toHaveLength(3);
        expect(new Set(results.map((r) => r.body.caseNumber)).size).toBe(1);
        c.facts.caseNumber = String(results[0]?.body.caseNumber);
        // Without the key, a second submit is the lifecycle's refusal on either process.
        const again = await Promise.all([0, 1].map((s) => send(s, c.office, 'POST', path)));
        expect(statuses(again)).toEqual([409, 409]);
      }),
    );
    expect(new Set(cases.map((c) => c.facts.caseNumber)).size).toBe(CASES);
  });

  /** Sent at once to both processes, the approval of one proposal is made once: the other is 409. */
  async function approveOnce(c: Case, proposal: Answer) {
    const path = `/v1/approvals/${String(proposal.body.id)}/approval`;
    const results = await Promise.all([0, 1].map((s) => send(s, c.approver, 'POST', path)));
    expect(statuses(results), JSON.stringify(results.map((r) => r.body))).toEqual([200, 409]);
  }

  it('of decisions proposed at once to both processes, exactly one waits; the same key answers the same; it is approved once', async () => {
    await Promise.all(
      cases.map(async (c) => {
        const path = `/v1/applications/${c.id}/decision`;
        const decision = decisionFor(c.facts, 'granted');
        const key = randomUUID();
        const [a, b, other] = await Promise.all([
          send(0, c.county, 'POST', path, decision, key),
          send(1, c.county, 'POST', path, decision, key),
          send(1, c.county, 'POST', path, decision, randomUUID()),
        ]);
        const made = [a, b, other].filter((r) => r?.status === 202 && !r.replayed);
        expect(made).toHaveLength(1);
        // The two with one key got one answer: both the proposal, or both the refusal of a second one.
        expect(a?.status).toBe(b?.status);
        if (a?.status === 202) expect(a.body.id).toBe(b?.body.id);
        for (const r of [a, b, other]) expect([202, 409]).toContain(r?.status);
        await approveOnce(c, made[0] as Answer);
      }),
    );
  });

  it('a letter, an acceptance and a payment sent at once to both processes are each filed once', async () => {
    await Promise.all(
      cases.map(async (c) => {
        const base = `/v1/applications/${c.id}`;
        for (const [user, path, body] of [
          [c.county, `${base}/letter`, grantLetterFor(c.facts)],
          [c.executive, `${base}/acceptance`, acceptanceFor(c.facts)],
          [c.county, `${base}/payments`, paymentFor(c.facts)],
        ] as const) {
          const results = await Promise.all([0, 1].map((s) => send(s, user, 'POST', path, body)));
          const proposes = path.endsWith('/payments');
          expect(statuses(results), `${path}: ${JSON.stringify(results.map((r) => r.body))}`).toEqual([
            proposes ? 202 : 201,
            409,
          ]);
          if (proposes) await approveOnce(c, results.find((r) => r.status === 202) as Answer);
        }
      }),
    );
  });

  it('nothing is lost or doubled: one event of each kind per case, and every answer was a 2xx or a 4xx problem', async () => {
    const { rows } = await db.query<{ action: string; n: number; cases: number }>(
      `select action, count(*)::int as n, count(distinct application_id)::int as cases from audit_events
       where application_id = any($1::uuid[]) group by action order by action`,
      [cases.map((c) => c.id)],
    );
    expect(rows).toEqual(
      [
        'accept',
        'approve',
        'create',
        'grant',
        'letter',
        'pay',
        'propose',
        'signed',
        'signing-requested',
        'submit',
      ].map((action) => ({
        action,
        // Two of each step of two-person control: the decision's and the payment's.
        n: ['signed', 'propose', 'approve'].includes(action) ? 2 * CASES : CASES,
        cases: CASES,
      })),
    );
    const documents = await db.query<{ type: string; n: number }>(
      `select document_type as type, count(*)::int as n from case_documents where application_id = any($1::uuid[])
       group by document_type order by document_type`,
      [cases.map((c) => c.id)],
    );
    expect(documents.rows).toEqual(
      ['acceptance', 'case-decision', 'grant-letter', 'payment'].map((type) => ({ type, n: CASES })),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    for (const a of answers.filter((x) => x.status >= 400))
      expect(a.contentType).toMatch(/^application\/problem\+json/);
    expect(servers.flatMap((s) => s.lines).filter((l) => /deadlock|"level":50/.test(l))).toEqual([]);
  });
});
