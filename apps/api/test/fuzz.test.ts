import {
  EXAMPLE_NAV_OFFICE,
  exampleDeadlineExtension,
  exampleFrame,
  exampleRepaymentClaim,
  exampleTransferRequest,
  fromPointer,
  toPointer,
} from '@sosialtilskudd/domain';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptanceFor,
  applicationFor,
  assessmentFor,
  type CaseFacts,
  decisionFor,
  finalReportFor,
  grantLetterFor,
  paymentFor,
  statusReportFor,
} from '../src/demo/documents.js';
import { approve, type Stop, walkCase } from '../src/demo/walk.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');

let api: TestApi;
let n = 0;

/** A case walked to `stop`, with the facts its documents repeat. */
async function caseAt(stop: Stop): Promise<{ id: string; facts: CaseFacts }> {
  const facts = {
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    applicationId: `fuzz-${++n}`,
    measureName: 'Fuzz',
  };
  const c = await walkCase(await walkersFor(api), facts, stop);
  return { id: c.id, facts: { ...facts, caseNumber: c.caseNumber ?? '' } };
}

interface Target {
  name: string;
  user: DemoUserId;
  method: 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  /** A valid body to mutate, for operations that take one. */
  valid?: unknown;
}

const targets: Target[] = [];

beforeAll(async () => {
  api = await startTestApi();
  const on = (id: string) => ({ params: { path: { applicationId: id } } });
  const office = await api.client('nav-gjovik');
  const county = await api.client('sf-innlandet');
  const draft = await caseAt('draft');
  const submitted = await caseAt('submitted');
  const granted = await caseAt('submitted');
  const propose = (c: { id: string; facts: CaseFacts }) =>
    county.POST('/v1/applications/{applicationId}/decision', {
      ...on(c.id),
      body: decisionFor(c.facts, 'granted'),
    });
  await approve({ approver: await api.client('sf-innlandet-godkjenner') }, propose(granted));
  const waiting = await propose(await caseAt('submitted'));
  const lettered = await caseAt('granted');
  const accepted = await caseAt('granted');
  await (await api.client('gjovik-kommunedirektor')).POST('/v1/applications/{applicationId}/acceptance', {
    ...on(accepted.id),
    body: acceptanceFor(accepted.facts),
  });
  const paid = await caseAt('paid');
  const reported = await caseAt('reported');
  const transfer = await office.POST('/v1/applications/{applicationId}/transfer-requests', {
    ...on(reported.id),
    body: {
      ...exampleTransferRequest(call),
      case: { ...exampleTransferRequest(call).case, caseNumber: reported.facts.caseNumber },
    },
  });
  const etag = (await office.GET('/v1/applications/{applicationId}', on(draft.id))).etag;
  const ref = (f: CaseFacts) => ({
    caseNumber: f.caseNumber,
    callId: call.id,
    organisationNumber: f.office.organisationNumber,
    measureName: f.measureName,
  });
  const at = (id: string, path: string) => `/v1/applications/${id}${path}`;
  targets.push(
    {
      name: 'create draft',
      user: 'nav-gjovik',
      method: 'POST',
      url: '/v1/applications',
      valid: applicationFor(draft.facts),
    },
    {
      name: 'update draft',
      user: 'nav-gjovik',
      method: 'PUT',
      url: at(draft.id, ''),
      headers: { 'if-match': etag },
      valid: applicationFor(draft.facts),
    },
    {
      name: 'correct',
      user: 'nav-gjovik',
      method: 'POST',
      url: at(submitted.id, '/corrections'),
      valid: applicationFor(submitted.facts),
    },
    { name: 'submit', user: 'nav-gjovik', method: 'POST', url: at(draft.id, '/submit') },
    { name: 'withdraw', user: 'nav-gjovik', method: 'POST', url: at(submitted.id, '/withdraw') },
    { name: 'lapse', user: 'sf-innlandet', method: 'POST', url: at(paid.id, '/lapse') },
    { name: 'close', user: 'sf-innlandet', method: 'POST', url: at(reported.id, '/close') },
    {
      name: 'assign',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(submitted.id, '/assignment'),
      valid: { caseworker: 'Per Olsen' },
    },
    {
      name: 'decide',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(submitted.id, '/decision'),
      headers: { 'idempotency-key': 'fuzz' },
      valid: decisionFor(submitted.facts, 'granted'),
    },
    {
      name: 'assess',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(submitted.id, '/assessments'),
      valid: assessmentFor(submitted.facts),
    },
    {
      name: 'issue letter',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(granted.id, '/letter'),
      valid: grantLetterFor(granted.facts),
    },
    {
      name: 'accept',
      user: 'nav-gjovik',
      method: 'POST',
      url: at(lettered.id, '/acceptance'),
      valid: acceptanceFor(lettered.facts),
    },
    {
      name: 'pay',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(accepted.id, '/payments'),
      valid: paymentFor(accepted.facts),
    },
    {
      name: 'status report',
      user: 'nav-gjovik',
      method: 'POST',
      url: at(paid.id, '/status-reports'),
      valid: statusReportFor(paid.facts),
    },
    {
      name: 'final report',
      user: 'nav-gjovik',
      method: 'POST',
      url: at(paid.id, '/final-report'),
      valid: finalReportFor(paid.facts),
    },
    {
      name: 'transfer request',
      user: 'nav-gjovik',
      method: 'POST',
      url: at(reported.id, '/transfer-requests'),
      valid: { ...exampleTransferRequest(call), case: ref(reported.facts) },
    },
    {
      name: 'transfer decision',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(reported.id, `/transfer-requests/${transfer.id}/decision`),
      valid: { approved: true, approvedAmount: 1000, decidedOn: '2026-02-15' },
    },
    {
      name: 'repayment claim',
      user: 'sf-innlandet',
      method: 'POST',
      url: at(reported.id, '/repayment-claims'),
      valid: { ...exampleRepaymentClaim(call), case: ref(reported.facts) },
    },
    {
      name: 'dev login',
      user: 'nav-gjovik',
      method: 'POST',
      url: '/dev/login',
      valid: { userId: 'nav-gjovik' },
    },
    {
      name: 'record extension',
      user: 'sf-innlandet',
      method: 'POST',
      url: `/v1/calls/${call.id}/extensions`,
      valid: exampleDeadlineExtension(call),
    },
    {
      name: 'return proposal',
      user: 'sf-innlandet-godkjenner',
      method: 'POST',
      url: `/v1/approvals/${waiting.id}/return`,
      valid: { reason: 'feil-belop', comment: 'Se på beløpet.' },
    },
    {
      name: 'issue frame',
      user: 'avdir',
      method: 'POST',
      url: `/v1/calls/${call.id}/frames`,
      valid: exampleFrame(call),
    },
  );
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

/** Everything stored, as one fingerprint: a refused request must leave it as it was. */
async function fingerprint(): Promise<string> {
  const { rows } = await api.db.query<{ f: string }>(
    `select concat_ws('|',
       (select md5(coalesce(string_agg(id::text || state || revision || coalesce(document::text, ''), ',' order by id), '')) from applications),
       (select count(*) from case_documents), (select count(*) from audit_events),
       (select count(*) from application_versions), (select count(*) from idempotency_keys),
       (select count(*) from deadline_extensions), (select count(*) from frames),
       (select md5(coalesce(string_agg(id::text || state, ',' order by id), '')) from approvals)) as f`,
  );
  return rows[0]?.f ?? '';
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces one value somewhere in the document with one of another JSON type: never valid for strict schemas. */
function mutated(valid: unknown): fc.Arbitrary<Json> {
  const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  return fc
    .tuple(fc.constantFrom(...pathsOf(valid).all), fc.jsonValue({ maxDepth: 2 }))
    .map(([path, replacement]) =>
      typeOf(valueAt(valid, path)) === typeOf(replacement)
        ? ({ ...(valid as object), 'ukjent-felt': true } as Json)
        : (replaced(valid, path, replacement) as Json),
    );
}

/** Every path in a JSON value, and those holding strings. */
function pathsOf(value: unknown) {
  const all: (string | number)[][] = [];
  const strings: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, (string | number)[]];
    all.push(path);
    if (typeof v === 'string') strings.push(path);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) stack.push([x, [...path, i]]);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return { all: all.filter((p) => p.length > 0), strings };
}

const valueAt = (value: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

function replaced(valid: unknown, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
  return copy;
}

/** What PostgreSQL cannot store in text, somewhere in a string. */
const UNSTORABLE = fc.constantFrom('\u0000', '\ud800', '\udfff', '\ud83d');

/** A string of the valid document with an unstorable character in it; the pointer says where. */
const poisoned = (valid: unknown) =>
  fc.tuple(fc.constantFrom(...pathsOf(valid).strings), UNSTORABLE, fc.nat()).map(([path, bad, at]) => {
    const old = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], valid) as string;
    const cut = at % (old.length + 1);
    return { path, body: JSON.stringify(replaced(valid, path, old.slice(0, cut) + bad + old.slice(cut))) };
  });

/** Arrays nested around the limit, or 10,000 deep, in place of a value of the valid document. */
const nested = (valid: unknown) =>
  fc
    .tuple(fc.constantFrom(...pathsOf(valid).all), fc.constantFrom(62, 63, 64, 65, 66, 67, 10_000))
    .map(([path, levels]) =>
      JSON.stringify(replaced(valid, path, '§')).replace('"§"', `${'['.repeat(levels)}${']'.repeat(levels)}`),
    );

const bodies = (t: Target): fc.Arbitrary<string> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 40 }),
    ...(t.valid
      ? [
          mutated(t.valid).map((v) => JSON.stringify(v)),
          fc.constant(JSON.stringify({ ...(t.valid as object), extra: 1 })),
        ]
      : []),
  );

describe('fuzz: malformed and random bodies get a 4xx problem and change nothing', () => {
  it.each([
    'create draft',
    'update draft',
    'correct',
    'submit',
    'withdraw',
    'lapse',
    'close',
    'assign',
    'decide',
    'assess',
    'issue letter',
    'accept',
    'pay',
    'status report',
    'final report',
    'transfer request',
    'transfer decision',
    'repayment claim',
    'dev login',
    'record extension',
    'return proposal',
    'issue frame',
  ])('%s', async (name) => {
    const t = targets.find((x) => x.name === name);
    if (!t) throw new Error(name);
    const token = await api.token(t.user);
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(bodies(t), async (payload) => {
        const response = await api.app.inject({
          method: t.method,
          url: t.url,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...t.headers },
          payload,
        });
        expect(response.statusCode, `${payload} → ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${payload} → ${response.body}`).toBeLessThan(500);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(typeof response.json().code).toBe('string');
      }),
      { numRuns: 60 },
    );
    expect(await fingerprint()).toBe(before);
  });

  it.each([
    'create draft',
    'assign',
    'decide',
    'status report',
    'dev login',
    'record extension',
    'return proposal',
    'issue frame',
  ])(
    '%s: U+0000 or a lone surrogate in any string is refused at its field, or before the body is read',
    async (name) => {
      const t = targets.find((x) => x.name === name);
      if (!t?.valid) throw new Error(name);
      const token = await api.token(t.user);
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(poisoned(t.valid), async ({ path, body }) => {
          const response = await api.app.inject({
            method: t.method,
            url: t.url,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...t.headers },
            payload: body,
          });
          expect(response.statusCode, body).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, body).toBeLessThan(500);
          if (response.statusCode === 422)
            expect(response.json().issues).toContainEqual(
              expect.objectContaining({ code: 'INVALID_CHARACTER', path: toPointer(path) }),
            );
        }),
        { numRuns: 40 },
      );
      expect(await fingerprint()).toBe(before);
    },
  );

  it.each(['create draft', 'decide', 'status report'])(
    '%s: nesting around the limit, or 10,000 deep, anywhere in the body is a 4xx problem',
    async (name) => {
      const t = targets.find((x) => x.name === name);
      if (!t?.valid) throw new Error(name);
      const token = await api.token(t.user);
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(nested(t.valid), async (body) => {
          const response = await api.app.inject({
            method: t.method,
            url: t.url,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...t.headers },
            payload: body,
          });
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
          expect(response.statusCode).toBeLessThan(500);
          expect(response.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 30 },
      );
      expect(await fingerprint()).toBe(before);
    },
  );

  it('validation judges unstorable text and deep nesting in any document, never with 5xx', async () => {
    const text = fc
      .tuple(fc.string({ maxLength: 8 }), UNSTORABLE, fc.string({ maxLength: 8 }))
      .map((parts) => parts.join(''));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(text, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(tree, fc.constantFrom(0, 64, 65, 10_000), async (document, levels) => {
        const deep = `${'['.repeat(levels)}${JSON.stringify(document)}${']'.repeat(levels)}`;
        const response = await api.app.inject({
          method: 'POST',
          url: '/v1/validations',
          headers: { 'content-type': 'application/json' },
          payload: `{"document":${deep}}`,
        });
        expect(response.statusCode).toBeLessThan(500);
        if (response.statusCode === 200) expect(response.json().ok).toBe(false);
        else expect(response.json().code).toBe('NESTING_TOO_DEEP');
      }),
      { numRuns: 60 },
    );
  });

  it('validation accepts anything in document and never fails with 5xx', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (document) => {
        const response = await api.app.inject({
          method: 'POST',
          url: '/v1/validations',
          payload: { document },
        });
        // A __proto__ key, or a constructor holding a prototype, is refused before validation, at its pointer.
        if (response.statusCode === 400) {
          const { code, issues } = response.json();
          expect(code).toBe('FORBIDDEN_KEY');
          const segments = fromPointer(issues[0].path);
          const key = segments.pop() as string;
          // JSON.parse keeps __proto__ as an own key, so the walk reads what was sent.
          const parent = segments.reduce<Record<string, unknown>>(
            (node, segment) => node[segment] as Record<string, unknown>,
            JSON.parse(JSON.stringify({ document })),
          );
          expect(['__proto__', 'prototype']).toContain(key);
          expect(Object.hasOwn(parent, key)).toBe(true);
          return;
        }
        expect(response.statusCode).toBe(200);
        expect(response.json().ok).toBe(false);
      }),
      {
        numRuns: 100,
        // The counterexample CI found (seed 2068997698), and the constructor form, on every run.
        examples: [[JSON.parse('{"__proto__":false}')], [JSON.parse('[{"constructor":{"prototype":1}}]')]],
      },
    );
    expect(await fingerprint()).toBe(before);
  });
});
