import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor, decisionFor } from '../src/demo/documents.js';
import { signDraft } from '../src/demo/walk.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
let counter = 0;
const facts = () => ({
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet' as const,
  applicationId: `soknad-${++counter}`,
  measureName: 'Trygg bolig – ung start',
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ bodyLimit: 64 * 1024 });
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as TilskuddProblemError,
  );

async function draft() {
  api.setClock('2025-01-25T10:00:00+01:00');
  return (await api.client('nav-gjovik')).POST('/v1/applications', { body: applicationFor(facts()) });
}

/** A draft both signers have signed (§ 7), ready to be sent. */
const signedDraft = async () => signDraft(await walkersFor(api), await draft());

describe('drafts: ETag and If-Match', () => {
  it('refuses a stale ETag with 412 and a missing If-Match with 428; "*" is accepted', async () => {
    const office = await api.client('nav-gjovik');
    const d = await draft();
    const put = (ifMatch: string) =>
      office.PUT('/v1/applications/{applicationId}', {
        params: { path: { applicationId: d.id }, header: { 'If-Match': ifMatch } },
        body: d.document,
      });
    const first = await put(d.etag);
    expect(await refusal(put(d.etag))).toMatchObject({ status: 412, code: 'ETAG_MISMATCH' });
    expect(await refusal(put('garbage'))).toMatchObject({ status: 412 });
    const missing = await api.app.inject({
      method: 'PUT',
      url: `/v1/applications/${d.id}`,
      headers: { authorization: `Bearer ${await api.token('nav-gjovik')}` },
      payload: d.document,
    });
    expect(missing.statusCode).toBe(428);
    expect((await put('*')).etag).not.toBe(first.etag);
  });

  it('of two concurrent edits with the same ETag, exactly one wins', async () => {
    const office = await api.client('nav-gjovik');
    const d = await draft();
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        office.PUT('/v1/applications/{applicationId}', {
          params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
          body: d.document,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 412 } });
  });
});

describe('concurrent submissions', () => {
  it('of two submits of the same draft at once, one succeeds and the other is refused', async () => {
    const office = await api.client('nav-gjovik');
    const d = await signedDraft();
    const results = await Promise.allSettled(
      [1, 2].map(() => office.POST('/v1/applications/{applicationId}/submit', on(d.id))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
    const versions = await office.GET('/v1/applications/{applicationId}/versions', on(d.id));
    expect(versions.items).toHaveLength(1);
  });
});

describe('submitted documents are immutable', () => {
  it('a submitted application cannot be edited; a correction is a new version and the first is kept', async () => {
    const office = await api.client('nav-gjovik');
    const d = await signedDraft();
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(d.id));
    const edit = refusal(
      office.PUT('/v1/applications/{applicationId}', {
        params: { path: { applicationId: d.id }, header: { 'If-Match': submitted.etag } },
        body: submitted.document,
      }),
    );
    expect(await edit).toMatchObject({ status: 409, code: 'APPLICATION_NOT_DRAFT' });

    api.setClock('2025-02-10T10:00:00+01:00');
    const goals = 'Rettet: færre familier i midlertidig bolig.';
    const corrected = await office.POST('/v1/applications/{applicationId}/corrections', {
      ...on(d.id),
      body: { ...submitted.document, description: { ...submitted.document.description, goals } },
    });
    expect(corrected).toMatchObject({ version: 2, state: 'submitted', caseNumber: submitted.caseNumber });
    // The deadline was met by the first submission, which the correction keeps.
    expect(corrected.document.submittedAt).toBe(submitted.document.submittedAt);

    const versions = await office.GET('/v1/applications/{applicationId}/versions', on(d.id));
    expect(versions.items.map((v) => [v.version, v.reason])).toEqual([
      [1, 'submitted'],
      [2, 'correction'],
    ]);
    expect(versions.items[0]?.document).toEqual(submitted.document);
    expect(versions.items[1]?.document.description.goals).toBe(goals);
    // Each version is stored once, in application_versions: the case reads its current document there.
    expect((await office.GET('/v1/applications/{applicationId}', on(d.id))).document).toEqual(
      corrected.document,
    );
    const { rows } = await api.db.query('select document is null as "once" from applications where id = $1', [
      d.id,
    ]);
    expect(rows).toEqual([{ once: true }]);

    const audit = await (await api.client('sf-innlandet')).GET(
      '/v1/applications/{applicationId}/audit',
      on(d.id),
    );
    expect(audit.items.map((e) => e.action)).toEqual([
      'create',
      'signing-requested',
      'signed',
      'signed',
      'submit',
      'correction',
    ]);
    expect(audit.items[5]?.actor.sub).toBe('dev:nav-gjovik');
  });

  it('a correction cannot move the application to another office', async () => {
    const office = await api.client('nav-gjovik');
    const d = await signedDraft();
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(d.id));
    const moved = await refusal(
      office.POST('/v1/applications/{applicationId}/corrections', {
        ...on(d.id),
        body: { ...submitted.document, id: 'noe-annet' },
      }),
    );
    expect(moved).toMatchObject({ status: 422, issues: [{ code: 'DOCUMENT_ID_CHANGED', path: '/id' }] });
  });
});

describe('Idempotency-Key', () => {
  it('a repeated submit with the same key answers the same and submits once', async () => {
    const d = await signedDraft();
    const token = await api.token('nav-gjovik');
    const submit = (key: string) =>
      api.app.inject({
        method: 'POST',
        url: `/v1/applications/${d.id}/submit`,
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      });
    const first = await submit('k-1');
    const again = await submit('k-1');
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect((await submit('k-2')).statusCode).toBe(409);
    const audit = await (await api.client('sf-innlandet')).GET(
      '/v1/applications/{applicationId}/audit',
      on(d.id),
    );
    expect(audit.items.filter((e) => e.action === 'submit')).toHaveLength(1);
  });

  it('a repeated decision with the same key is recorded once; the key cannot be reused for another body', async () => {
    const d = await signedDraft();
    const office = await api.client('nav-gjovik');
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(d.id));
    const decision = decisionFor(
      { ...facts(), applicationId: d.document.id, caseNumber: submitted.caseNumber ?? '' },
      'granted',
    );
    const token = await api.token('sf-innlandet');
    const decide = (body: unknown) =>
      api.app.inject({
        method: 'POST',
        url: `/v1/applications/${d.id}/decision`,
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'vedtak-1' },
        payload: body as object,
      });
    const first = await decide(decision);
    const again = await decide(decision);
    expect(first.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotency-replayed']).toBe('true');
    const reused = await decide({ ...decision, assessment: 'Annen vurdering.' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { rows } = await api.db.query<{ id: string }>(
      `select id from approvals where application_id = $1`,
      [d.id],
    );
    expect(rows.map((r) => r.id)).toEqual([first.json().id]);
  });
});

describe('malformed requests get problems, never 5xx', () => {
  const raw = async (payload: string, contentType: string, url = '/v1/applications') =>
    api.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await api.token('nav-gjovik')}`, 'content-type': contentType },
      payload,
    });

  it.each([
    ['too large', 'x'.repeat(70 * 1024), 'application/json', 413, 'PAYLOAD_TOO_LARGE'],
    ['not JSON', '{"documentType":', 'application/json', 400, 'INVALID_JSON'],
    ['prototype poisoning', '{"__proto__":{"admin":true}}', 'application/json', 400, 'FORBIDDEN_KEY'],
    ['plain text', 'hei', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['form data', 'a=1', 'application/x-www-form-urlencoded', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['empty JSON', '', 'application/json', 400, 'EMPTY_BODY'],
  ])('%s', async (_name, payload, type, status, code) => {
    const response = await raw(payload, type);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (code) expect(response.json().code).toBe(code);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"admin":true}}', '/__proto__'],
    ['__proto__ deep in a list', '{"budget":{"lines":[{},{"__proto__":1}]}}', '/budget/lines/1/__proto__'],
    [
      'constructor.prototype',
      '{"applicant":{"constructor":{"prototype":{}}}}',
      '/applicant/constructor/prototype',
    ],
  ])('a forbidden key is named by its pointer: %s', async (_name, payload, pointer) => {
    const response = await raw(payload, 'application/json');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'FORBIDDEN_KEY',
      issues: [{ code: 'FORBIDDEN_KEY', path: pointer }],
    });
  });

  it('a key named constructor without a prototype inside is an ordinary unknown field', async () => {
    const response = await raw('{"constructor":1}', 'application/json');
    expect(response.statusCode).toBe(422);
    expect(response.json().issues.map((i: { code: string }) => i.code)).toContain('UNKNOWN_FIELD');
  });

  it('a body on an operation that takes none is refused', async () => {
    const d = await signedDraft();
    const response = await raw('{"x":1}', 'application/json', `/v1/applications/${d.id}/submit`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('UNEXPECTED_BODY');
  });

  it.each([
    ['a broken %-escape', '/v1/applications/%E0%A4%A', 400, 'BAD_URL'],
    ['a path segment over 100 characters', `/v1/applications/${'x'.repeat(101)}`, 414, 'URI_TOO_LONG'],
  ])('%s in the path is a problem before any route is found', async (_name, url, status, code) => {
    const response = await api.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code, status });
  });

  it('an unknown path is a 404 problem', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
  });
});
