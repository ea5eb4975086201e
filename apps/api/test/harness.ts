import { randomUUID } from 'node:crypto';
import { createTilskuddClient, type TilskuddClient } from '@sosialtilskudd/api-client';
import { type Call, EXAMPLE_NAV_OFFICE, findCall } from '@sosialtilskudd/domain';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { type AttachmentScanner, noScanner } from '../src/attachments/scanner.js';
import { devIssuer } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { type Walkers, walkCase } from '../src/demo/walk.js';
import type { RateLimits } from '../src/http/rate-limits.js';
import { upsertNavOffice } from '../src/repository/nav-offices.js';

export type DemoUserId =
  | 'nav-gjovik'
  | 'nav-gjovik-2'
  | 'nav-gjovik-leder'
  | 'gjovik-kommunedirektor'
  | 'nav-frogner'
  | 'nav-frogner-leder'
  | 'oslo-kommunedirektor'
  | 'nav-midt-telemark'
  | 'nav-midt-telemark-leder'
  | 'midt-telemark-kommunedirektor'
  | 'sf-innlandet'
  | 'sf-innlandet-godkjenner'
  | 'sf-oslo'
  | 'sf-oslo-godkjenner'
  | 'sf-vestfold-telemark'
  | 'sf-vestfold-telemark-godkjenner'
  | 'avdir'
  | 'avdir-2';

export interface TestApi {
  app: FastifyInstance;
  db: Database;
  baseUrl: string;
  /** Every answer that did not match its operation's declaration in @sosialtilskudd/api-contract. */
  violations: string[];
  client: (user: DemoUserId) => Promise<TilskuddClient>;
  token: (user: DemoUserId) => Promise<string>;
  setClock: (instant: string) => void;
  /** The server's clock as the test set it. */
  now: () => Date;
  /** The scanner the test gave (clamd), or none: uploads are then not scanned. */
  scanner: AttachmentScanner;
  close: () => Promise<void>;
}

/** A fresh database: embedded PGlite in memory, or a throwaway schema on TEST_DATABASE_URL's server. */
export async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { db: await openPglite(), drop: async () => {} };
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(url);
  await admin.exec(`create schema ${schema}`);
  const db = await openPostgres(url, schema);
  return {
    db,
    drop: async () => {
      await admin.exec(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}

/** The API listening on a free loopback port, with the demo offices and a clock the test moves. */
export async function startTestApi(
  options: {
    bodyLimit?: number;
    rateLimits?: RateLimits;
    webhookHttpsOnly?: boolean;
    scanner?: (db: Database, now: () => Date) => AttachmentScanner;
    portalUrl?: string;
  } = {},
): Promise<TestApi> {
  const { db, drop } = await freshDatabase();
  await migrate(db);
  for (const office of DEMO_NAV_OFFICES) await upsertNavOffice(db, office);
  const dev = await devIssuer();
  let clock = new Date('2025-01-20T09:00:00+01:00');
  const violations: string[] = [];
  const scanner = options.scanner?.(db, () => clock);
  const app = buildApp({
    db,
    now: () => clock,
    onContractViolation: (message) => violations.push(message),
    issuers: [dev],
    signDevToken: dev.sign,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    // The suites send thousands of requests from one address; test/limits.test.ts sets its own.
    rateLimits: options.rateLimits ?? { open: 1_000_000, login: 1_000_000 },
    ...(options.webhookHttpsOnly ? { webhookHttpsOnly: true } : {}),
    ...(scanner ? { scanner } : {}),
    ...(options.portalUrl ? { portalUrl: options.portalUrl } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const token = async (user: DemoUserId) => dev.sign(DEMO_USERS.get(user) ?? ({} as never));
  return {
    app,
    db,
    baseUrl,
    violations,
    token,
    client: async (user) => createTilskuddClient({ baseUrl, token: await token(user) }),
    setClock: (instant) => {
      clock = new Date(instant);
    },
    now: () => clock,
    scanner: scanner ?? noScanner,
    close: async () => {
      await app.close();
      await scanner?.close();
      await db.close();
      await drop();
    },
  };
}

/**
 * The people who walk a case of Nav Gjøvik, Nav Frogner or Nav Midt-Telemark through the API: staff, both signers, the
 * caseworker and the county office's approver.
 */
export async function walkersFor(
  api: Pick<TestApi, 'client' | 'setClock'>,
  office: 'gjovik' | 'frogner' | 'midt-telemark' = 'gjovik',
): Promise<Walkers> {
  const users = {
    gjovik: ['nav-gjovik', 'nav-gjovik-leder', 'gjovik-kommunedirektor', 'sf-innlandet'],
    frogner: ['nav-frogner', 'nav-frogner-leder', 'oslo-kommunedirektor', 'sf-oslo'],
    'midt-telemark': [
      'nav-midt-telemark',
      'nav-midt-telemark-leder',
      'midt-telemark-kommunedirektor',
      'sf-vestfold-telemark',
    ],
  } as const;
  const [staff, head, executive, county] = users[office];
  return {
    office: await api.client(staff),
    head: await api.client(head),
    executive: await api.client(executive),
    county: await api.client(county),
    approver: await api.client(`${county}-godkjenner`),
    setClock: api.setClock,
  };
}

/** A 2025 case of Nav Gjøvik to Innlandet, walked through the API up to `stop`; `name` is its measure and id. */
export async function walkGjovik(api: TestApi, stop: Parameters<typeof walkCase>[2], name: string) {
  return walkCase(
    await walkersFor(api),
    {
      call: callOf('utvikling-sosiale-tjenester-2025'),
      office: DEMO_NAV_OFFICES[0]?.office ?? ({} as never),
      countyOfficeId: 'innlandet',
      applicationId: `soknad-${name}`,
      measureName: name,
    },
    stop,
  );
}

/** The facts of a case of Nav Gjøvik (the example office) to Innlandet under `call`. */
export const gjovikFacts = (call: Call, applicationId: string, measureName: string) => ({
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet' as const,
  applicationId,
  measureName,
});

/** A call the tests rely on; its absence is a broken fixture, not a skipped test. */
export function callOf(id: string): Call {
  const call = findCall(id);
  if (!call) throw new Error(`call ${id} missing`);
  return call;
}
