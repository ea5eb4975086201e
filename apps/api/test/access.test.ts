import { randomUUID } from 'node:crypto';
import { OPERATIONS as TABLE } from '@sosialtilskudd/api-contract';
import { EXAMPLE_NAV_OFFICE, exampleNationalTrialApplication } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { signDraft, walkCase } from '../src/demo/walk.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';

type CaseName = 'gjovikDraft' | 'gjovikSubmitted' | 'frognerSubmitted' | 'nationalTrial';
type Party = 'reader' | 'applicant' | 'drafter' | 'signer' | 'municipality' | 'handler' | 'auditor';

/** Who sees which case, written out by hand rather than derived from the server's own rules. */
const GJOVIK: CaseName[] = ['gjovikDraft', 'gjovikSubmitted', 'nationalTrial'];

const SEES: Record<DemoUserId, CaseName[]> = {
  'nav-gjovik': GJOVIK,
  'nav-gjovik-2': GJOVIK,
  'nav-gjovik-leder': GJOVIK,
  'gjovik-kommunedirektor': GJOVIK,
  'nav-frogner': ['frognerSubmitted'],
  'nav-frogner-leder': ['frognerSubmitted'],
  'oslo-kommunedirektor': ['frognerSubmitted'],
  'nav-midt-telemark': [],
  'nav-midt-telemark-leder': [],
  'midt-telemark-kommunedirektor': [],
  'sf-innlandet': ['gjovikSubmitted'],
  'sf-innlandet-godkjenner': ['gjovikSubmitted'],
  'sf-oslo': ['frognerSubmitted'],
  'sf-oslo-godkjenner': ['frognerSubmitted'],
  'sf-vestfold-telemark': [],
  'sf-vestfold-telemark-godkjenner': [],
  // Drafts stay with the office that writes them, for the directorate too (issue 15).
  avdir: ['gjovikSubmitted', 'frognerSubmitted', 'nationalTrial'],
  'avdir-2': ['gjovikSubmitted', 'frognerSubmitted', 'nationalTrial'],
};
const CASES: CaseName[] = ['gjovikDraft', 'gjovikSubmitted', 'frognerSubmitted', 'nationalTrial'];

const ACTS: Record<Exclude<Party, 'reader'>, Partial<Record<DemoUserId, CaseName[]>>> = {
  // The chief executive sees the municipality's cases but does not write them.
  drafter: {
    'nav-gjovik': GJOVIK,
    'nav-gjovik-2': GJOVIK,
    'nav-gjovik-leder': GJOVIK,
    'nav-frogner': ['frognerSubmitted'],
    'nav-frogner-leder': ['frognerSubmitted'],
  },
  signer: {
    'nav-gjovik-leder': GJOVIK,
    'gjovik-kommunedirektor': GJOVIK,
    'nav-frogner-leder': ['frognerSubmitted'],
    'oslo-kommunedirektor': ['frognerSubmitted'],
  },
  municipality: { 'gjovik-kommunedirektor': GJOVIK, 'oslo-kommunedirektor': ['frognerSubmitted'] },
  applicant: {
    'nav-gjovik': GJOVIK,
    'nav-gjovik-2': GJOVIK,
    'nav-gjovik-leder': GJOVIK,
    'gjovik-kommunedirektor': GJOVIK,
    'nav-frogner': ['frognerSubmitted'],
    'nav-frogner-leder': ['frognerSubmitted'],
    'oslo-kommunedirektor': ['frognerSubmitted'],
  },
  // The approver approves what the caseworker proposes (approvals.test.ts) but does not handle cases.
  handler: {
    'sf-innlandet': ['gjovikSubmitted'],
    'sf-oslo': ['frognerSubmitted'],
    avdir: ['nationalTrial'],
    'avdir-2': ['nationalTrial'],
  },
  auditor: {
    'sf-innlandet': ['gjovikSubmitted'],
    'sf-innlandet-godkjenner': ['gjovikSubmitted'],
    'sf-oslo': ['frognerSubmitted'],
    'sf-oslo-godkjenner': ['frognerSubmitted'],
    avdir: ['gjovikSubmitted', 'frognerSubmitted', 'nationalTrial'],
    'avdir-2': ['gjovikSubmitted', 'frognerSubmitted', 'nationalTrial'],
  },
};

interface Operation {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  party: Party;
  /** Allowed calls are not made when they would change the case and so the rest of the matrix. */
  changes?: boolean;
  /** Allowed calls may rightly answer 404: the letter or record is not there yet. */
  mayBeMissing?: boolean;
}

const OPERATIONS: Operation[] = [
  { method: 'GET', path: '', party: 'reader' },
  { method: 'GET', path: '/versions', party: 'reader' },
  { method: 'GET', path: '/documents', party: 'reader' },
  { method: 'GET', path: '/budget-vs-accounts', party: 'reader' },
  { method: 'GET', path: '/letter', party: 'reader', mayBeMissing: true },
  { method: 'GET', path: '/letter/pdf', party: 'reader', mayBeMissing: true },
  { method: 'GET', path: '/pdf', party: 'reader' },
  { method: 'GET', path: '/audit', party: 'auditor' },
  { method: 'PUT', path: '', party: 'drafter' },
  { method: 'POST', path: '/submit', party: 'drafter', changes: true },
  { method: 'POST', path: '/withdraw', party: 'drafter', changes: true },
  { method: 'POST', path: '/corrections', party: 'drafter' },
  { method: 'POST', path: '/acceptance', party: 'municipality' },
  { method: 'POST', path: '/status-reports', party: 'drafter' },
  { method: 'POST', path: '/final-report', party: 'drafter' },
  { method: 'POST', path: '/transfer-requests', party: 'drafter' },
  { method: 'POST', path: '/signing', party: 'drafter', changes: true },
  { method: 'DELETE', path: '/signing', party: 'applicant', changes: true },
  { method: 'POST', path: '/signatures', party: 'signer' },
  { method: 'GET', path: '/revisions', party: 'reader' },
  { method: 'GET', path: '/revisions/1', party: 'reader', mayBeMissing: true },
  { method: 'POST', path: '/revisions', party: 'drafter' },
  { method: 'GET', path: '/attachments', party: 'reader' },
  { method: 'POST', path: '/attachments?for=application&fileName=a.pdf', party: 'drafter' },
  { method: 'GET', path: `/attachments/${randomUUID()}`, party: 'reader', mayBeMissing: true },
  { method: 'GET', path: `/attachments/${randomUUID()}/content`, party: 'reader', mayBeMissing: true },
  { method: 'DELETE', path: `/attachments/${randomUUID()}`, party: 'drafter', mayBeMissing: true },
  { method: 'POST', path: '/assignment', party: 'handler' },
  { method: 'POST', path: '/lapse', party: 'handler', changes: true },
  { method: 'POST', path: '/close', party: 'handler', changes: true },
  { method: 'POST', path: '/decision', party: 'handler' },
  { method: 'POST', path: '/letter', party: 'handler' },
  { method: 'POST', path: '/payments', party: 'handler' },
  { method: 'POST', path: '/repayment-claims', party: 'handler' },
  {
    method: 'POST',
    path: `/transfer-requests/${randomUUID()}/decision`,
    party: 'handler',
    mayBeMissing: true,
  },
];

const USERS = Object.keys(SEES) as DemoUserId[];
const BODILESS = ['/submit', '/withdraw', '/lapse', '/close', '/signing'];
let api: TestApi;
const ids = {} as Record<CaseName, string>;

beforeAll(async () => {
  api = await startTestApi();
  const call = callOf('utvikling-sosiale-tjenester-2025');
  const trialCall = callOf('utvikling-sosiale-tjenester-2023');
  const gjovik = await walkersFor(api, 'gjovik');
  const frogner = await walkersFor(api, 'frogner');
  const facts = {
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    measureName: 'Tiltak',
  };
  ids.gjovikDraft = (await walkCase(gjovik, { ...facts, applicationId: 'a-draft' }, 'draft')).id;
  ids.gjovikSubmitted = (await walkCase(gjovik, { ...facts, applicationId: 'a-submitted' }, 'submitted')).id;
  const oslo = DEMO_NAV_OFFICES[1];
  if (!oslo) throw new Error('office missing');
  ids.frognerSubmitted = (
    await walkCase(
      frogner,
      { ...facts, office: oslo.office, countyOfficeId: oslo.countyOfficeId, applicationId: 'b' },
      'submitted',
    )
  ).id;
  api.setClock('2023-01-25T10:00:00+01:00');
  const { signatures: _s, ...unsignedTrial } = exampleNationalTrialApplication(trialCall);
  const trial = await signDraft(
    gjovik,
    await gjovik.office.POST('/v1/applications', { body: unsignedTrial }),
  );
  ids.nationalTrial = (
    await gjovik.office.POST('/v1/applications/{applicationId}/submit', {
      params: { path: { applicationId: trial.id } },
    })
  ).id;
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

async function call(user: DemoUserId | undefined, method: string, url: string, withBody: boolean) {
  return api.app.inject({
    method: method as 'GET',
    url,
    headers: {
      ...(user ? { authorization: `Bearer ${await api.token(user)}` } : {}),
      ...(method === 'PUT' || url.endsWith('/signing') ? { 'if-match': '"r1"' } : {}),
    },
    ...(withBody ? { payload: {} } : {}),
  });
}

const counts = async () =>
  (
    await api.db.query<{ n: number }>(
      `select (select count(*) from applications) + (select count(*) from case_documents)
         + (select count(*) from audit_events) + (select count(*) from application_versions) as n`,
    )
  ).rows[0]?.n;

describe('every role is refused everywhere it does not belong', () => {
  const cells = USERS.flatMap((user) => CASES.flatMap((c) => OPERATIONS.map((op) => [user, c, op] as const)));

  it.each(cells.map(([u, c, op]) => [`${u} ${op.method} ${c}${op.path}`, u, c, op] as const))(
    '%s',
    async (_name, user, caseName, op) => {
      const sees = SEES[user].includes(caseName);
      const acts = op.party === 'reader' ? sees : (ACTS[op.party][user] ?? []).includes(caseName);
      if (sees && acts && op.changes) return;
      const before = await counts();
      const withBody = !['GET', 'DELETE'].includes(op.method) && !BODILESS.includes(op.path);
      const response = await call(user, op.method, `/v1/applications/${ids[caseName]}${op.path}`, withBody);
      if (!sees) {
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      } else if (!acts) expect(response.statusCode).toBe(403);
      else expect(op.mayBeMissing ? [401, 403] : [401, 403, 404]).not.toContain(response.statusCode);
      if (!sees || !acts) expect(await counts()).toBe(before);
    },
  );

  it.each(USERS)(
    '%s guessing ids gets 404, exactly as for a case that exists but is not theirs',
    async (user) => {
      for (const op of OPERATIONS) {
        const withBody = !['GET', 'DELETE'].includes(op.method) && !BODILESS.includes(op.path);
        const guessed = await call(user, op.method, `/v1/applications/${randomUUID()}${op.path}`, withBody);
        expect(guessed.statusCode).toBe(404);
        expect(guessed.json()).toMatchObject({ code: 'NOT_FOUND', detail: expect.any(String) });
      }
    },
  );

  it.each([
    ['nav-gjovik', ['gjovikDraft', 'gjovikSubmitted', 'nationalTrial']],
    ['nav-gjovik-leder', ['gjovikDraft', 'gjovikSubmitted', 'nationalTrial']],
    ['gjovik-kommunedirektor', ['gjovikDraft', 'gjovikSubmitted', 'nationalTrial']],
    ['nav-frogner', ['frognerSubmitted']],
    ['oslo-kommunedirektor', ['frognerSubmitted']],
    ['nav-midt-telemark', []],
    ['sf-innlandet', ['gjovikSubmitted']],
    ['sf-oslo', ['frognerSubmitted']],
    ['sf-oslo-godkjenner', ['frognerSubmitted']],
    ['sf-vestfold-telemark', []],
    ['avdir', ['gjovikSubmitted', 'frognerSubmitted', 'nationalTrial']],
  ] as const)('%s lists exactly its own cases', async (user, expected) => {
    const list = await (await api.client(user)).GET('/v1/applications', {
      params: { query: { limit: 500 } },
    });
    expect(list.items.map((i) => i.id).sort()).toEqual(expected.map((c) => ids[c]).sort());
  });

  it('a Nav office cannot apply for another office; the chief executive, a caseworker or the directorate cannot apply at all', async () => {
    const body = (
      await (
        await api.client('nav-gjovik')
      ).GET('/v1/applications/{applicationId}', {
        params: { path: { applicationId: ids.gjovikDraft } },
      })
    ).document;
    for (const user of ['nav-frogner', 'gjovik-kommunedirektor', 'sf-innlandet', 'avdir'] as const) {
      const before = await counts();
      const response = await api.app.inject({
        method: 'POST',
        url: '/v1/applications',
        headers: { authorization: `Bearer ${await api.token(user)}` },
        payload: { ...body, id: 'ny' },
      });
      expect(response.statusCode).toBe(403);
      expect(await counts()).toBe(before);
    }
  });
});

describe('without a valid token', () => {
  const secured = Object.values(TABLE)
    .filter((op) => op.security === 'bearer')
    .map((op) => [op.method.toUpperCase(), op.path] as const);

  it.each(secured)('%s %s answers 401', async (method, path) => {
    const url = path.replaceAll(/\{\w+\}/g, () => randomUUID());
    for (const authorization of [undefined, 'Bearer abc.def.ghi', 'Basic dXNlcjpwYXNz']) {
      const response = await api.app.inject({
        method: method as 'GET',
        url,
        ...(authorization ? { headers: { authorization } } : {}),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });
});
