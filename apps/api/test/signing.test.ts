import type { Schemas, TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, verifySignatures } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor } from '../src/demo/documents.js';
import { callOf, type DemoUserId, startTestApi, type TestApi } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
let counter = 0;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as TilskuddProblemError,
  );
const as = (user: DemoUserId) => api.client(user);

async function draft(): Promise<Schemas['ApplicationCase']> {
  api.setClock('2025-01-20T10:00:00+01:00');
  return (await as('nav-gjovik')).POST('/v1/applications', {
    body: applicationFor({
      call,
      office: EXAMPLE_NAV_OFFICE,
      countyOfficeId: 'innlandet',
      applicationId: `signering-${++counter}`,
      measureName: 'Trygg bolig – ung start',
    }),
  });
}

const requestSigning = async (d: Schemas['ApplicationCase'], user: DemoUserId = 'nav-gjovik') =>
  (await as(user)).POST('/v1/applications/{applicationId}/signing', {
    params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
  });
const sign = async (
  user: DemoUserId,
  d: Schemas['ApplicationCase'],
  documentSha256 = d.signing.documentSha256,
) =>
  (await as(user)).POST('/v1/applications/{applicationId}/signatures', {
    ...on(d.id),
    body: { documentSha256 },
  });

describe('sign-off (§ 7)', () => {
  it('locks the draft while it waits for the Nav office head and the chief executive; submit needs both', async () => {
    const d = await draft();
    const office = await as('nav-gjovik');
    expect(await refusal(office.POST('/v1/applications/{applicationId}/submit', on(d.id)))).toMatchObject({
      status: 409,
      code: 'SIGNATURES_MISSING',
    });
    const locked = await requestSigning(d);
    expect(locked.signing).toMatchObject({
      state: 'awaiting-signatures',
      required: [
        { roles: ['nav-office-head'], signature: null },
        { roles: ['municipal-executive'], signature: null },
      ],
    });
    const edit = office.PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: d.id }, header: { 'If-Match': locked.etag } },
      body: locked.document,
    });
    expect(await refusal(edit)).toMatchObject({ status: 409, code: 'DRAFT_LOCKED' });
    const listed = await (await as('nav-gjovik-leder')).GET('/v1/applications', {});
    expect(listed.items.find((a) => a.id === d.id)?.awaitingSignatureFrom).toEqual([
      'nav-office-head',
      'municipal-executive',
    ]);

    api.setClock('2025-01-22T09:30:00+01:00');
    const byHead = await sign('nav-gjovik-leder', locked);
    expect(byHead.signing.required[0]?.signature).toMatchObject({
      kind: 'recorded',
      role: 'nav-office-head',
      signer: {
        subject: 'dev:nav-gjovik-leder',
        name: 'Ingrid Berg (Nav-leder, Nav Gjøvik)',
        organisation: { kind: 'nav-office', organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber },
      },
      signedAt: '2025-01-22T08:30:00.000Z',
      documentSha256: locked.signing.documentSha256,
    });
    expect(await refusal(office.POST('/v1/applications/{applicationId}/submit', on(d.id)))).toMatchObject({
      status: 409,
      code: 'SIGNATURES_MISSING',
    });
    expect(await refusal(sign('nav-gjovik-leder', byHead))).toMatchObject({
      status: 409,
      code: 'ALREADY_SIGNED',
    });

    const byBoth = await sign('gjovik-kommunedirektor', byHead);
    expect(byBoth.signing.state).toBe('signed');
    expect(byBoth.signing.required[1]?.signature?.signer.organisation).toEqual({
      kind: 'municipality',
      name: 'Gjøvik kommune',
      municipalityNumber: '3407',
    });
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(d.id));
    expect(verifySignatures(submitted.document).complete).toBe(true);
    // The same bytes with one word changed: both signatures are void.
    const changed = {
      ...submitted.document,
      description: { ...submitted.document.description, goals: 'Noe annet.' },
    };
    expect(verifySignatures(changed).signatures.map((c) => c.state)).toEqual([
      'document-changed',
      'document-changed',
    ]);
  });

  it('signs only what the signer read, only in a signing role, and only for their own case', async () => {
    const locked = await requestSigning(await draft());
    const stale = await refusal(sign('nav-gjovik-leder', locked, 'a'.repeat(64)));
    expect(stale).toMatchObject({ status: 409, code: 'DOCUMENT_CHANGED' });
    expect(await refusal(sign('nav-gjovik', locked))).toMatchObject({ status: 403 });
    expect(await refusal(sign('nav-frogner-leder', locked))).toMatchObject({ status: 404 });
    expect(await refusal(sign('oslo-kommunedirektor', locked))).toMatchObject({ status: 404 });
    expect(await refusal(sign('sf-innlandet', locked))).toMatchObject({ status: 404 });
    const unsent = await draft();
    expect(await refusal(sign('nav-gjovik-leder', unsent))).toMatchObject({
      status: 409,
      code: 'SIGNING_NOT_REQUESTED',
    });
  });

  it('is sent only as the person saw it (If-Match) and only when every rule holds', async () => {
    const d = await draft();
    expect(
      await refusal(
        (await as('nav-gjovik')).POST('/v1/applications/{applicationId}/signing', {
          params: { path: { applicationId: d.id }, header: { 'If-Match': '"r99"' } },
        }),
      ),
    ).toMatchObject({ status: 412, code: 'ETAG_MISMATCH' });
    const office = await as('nav-gjovik');
    const breaksRule = await office.PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
      body: { ...d.document, directPaymentsToUsers: true },
    });
    expect(await refusal(requestSigning(breaksRule))).toMatchObject({
      status: 422,
      issues: [{ code: 'APPLICATION_DIRECT_USER_PAYMENTS' }],
    });
    expect(await refusal(requestSigning(await requestSigning(await draft())))).toMatchObject({
      status: 409,
      code: 'SIGNING_ALREADY_REQUESTED',
    });
    expect(await refusal(requestSigning(d, 'gjovik-kommunedirektor'))).toMatchObject({ status: 403 });
  });

  it('opening the draft for a change voids the signatures given, which the audit log keeps', async () => {
    const locked = await requestSigning(await draft());
    api.setClock('2025-01-22T09:30:00+01:00');
    await sign('nav-gjovik-leder', locked);
    const opened = await (await as('gjovik-kommunedirektor')).DELETE(
      '/v1/applications/{applicationId}/signing',
      on(locked.id),
    );
    expect(opened.signing).toMatchObject({ state: 'editing', requestedAt: null });
    expect(opened.document.signatures).toBeUndefined();
    const edited = await (await as('nav-gjovik')).PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: locked.id }, header: { 'If-Match': opened.etag } },
      body: {
        ...opened.document,
        description: { ...opened.document.description, goals: 'Endret etter signering.' },
      },
    });
    expect(edited.document.description.goals).toBe('Endret etter signering.');
    const audit = await (await as('sf-innlandet'))
      .GET('/v1/applications/{applicationId}/audit', on(locked.id))
      .catch((e: unknown) => e);
    // A draft is the applicant's: the county office sees nothing of it yet.
    expect(audit).toMatchObject({ status: 404 });
    const { rows } = await api.db.query<{ action: string; detail: { voidedSignatures?: unknown } }>(
      `select action, detail from audit_events where application_id = $1 order by id`,
      [locked.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'signing-requested', 'signed', 'signing-cancelled']);
    expect(rows[3]?.detail.voidedSignatures).toEqual([
      {
        role: 'nav-office-head',
        name: 'Ingrid Berg (Nav-leder, Nav Gjøvik)',
        signedAt: '2025-01-22T08:30:00.000Z',
      },
    ]);
    expect(
      await refusal(
        (await as('nav-gjovik')).DELETE('/v1/applications/{applicationId}/signing', on(locked.id)),
      ),
    ).toMatchObject({ status: 409, code: 'SIGNING_NOT_REQUESTED' });
  });

  it('a client cannot write a signature into the document', async () => {
    const d = await draft();
    const forged = {
      kind: 'recorded' as const,
      role: 'nav-office-head' as const,
      signer: {
        subject: 'dev:nav-gjovik-leder',
        name: 'Ingrid Berg',
        organisation: {
          kind: 'nav-office' as const,
          name: 'Nav Gjøvik',
          organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber,
        },
      },
      signedAt: '2025-01-20T09:00:00.000Z',
      documentSha256: d.signing.documentSha256,
    };
    const put = (await as('nav-gjovik')).PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
      body: { ...d.document, signatures: [forged] },
    });
    expect(await refusal(put)).toMatchObject({
      status: 422,
      issues: [{ code: 'SIGNATURES_SET_BY_SERVER', path: '/signatures' }],
    });
  });
});

describe('several staff on one draft', () => {
  it('lists who changed which fields when, and keeps the version a person chose away', async () => {
    const d = await draft();
    api.setClock('2025-01-21T11:00:00+01:00');
    const second = await (await as('nav-gjovik-2')).PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
      body: { ...d.document, description: { ...d.document.description, goals: 'Ali sitt mål.' } },
    });
    // Kari saved on the old ETag at the same time: refused, she takes Ali's and her own is kept.
    const mine = { ...d.document, description: { ...d.document.description, goals: 'Karis mål.' } };
    const office = await as('nav-gjovik');
    expect(
      await refusal(
        office.PUT('/v1/applications/{applicationId}', {
          params: { path: { applicationId: d.id }, header: { 'If-Match': d.etag } },
          body: mine,
        }),
      ),
    ).toMatchObject({ status: 412 });
    const kept = await office.POST('/v1/applications/{applicationId}/revisions', {
      ...on(d.id),
      body: { basedOn: d.etag, document: mine },
    });
    expect(kept).toMatchObject({ applied: false, changedFields: ['/description/goals'] });

    const { items } = await office.GET('/v1/applications/{applicationId}/revisions', on(d.id));
    expect(items.map((r) => [r.savedBy.sub, r.applied, r.changedFields])).toEqual([
      ['dev:nav-gjovik', false, ['/description/goals']],
      ['dev:nav-gjovik-2', true, ['/description/goals']],
      ['dev:nav-gjovik', true, []],
    ]);
    expect(items[1]?.savedAt).toBe('2025-01-21T10:00:00.000Z');
    const parked = await office.GET('/v1/applications/{applicationId}/revisions/{revisionId}', {
      params: { path: { applicationId: d.id, revisionId: kept.id } },
    });
    expect(parked.document.description.goals).toBe('Karis mål.');
    expect((await office.GET('/v1/applications/{applicationId}', on(d.id))).etag).toBe(second.etag);
    expect(
      await refusal((await as('nav-frogner')).GET('/v1/applications/{applicationId}/revisions', on(d.id))),
    ).toMatchObject({ status: 404 });
  });
});
