import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, verifySignatures } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptanceFor,
  applicationFor,
  type CaseFacts,
  decisionFor,
  finalReportFor,
  grantLetterFor,
  paymentFor,
  rejectionLetterFor,
  statusReportFor,
} from '../src/demo/documents.js';
import { approve, signDraft } from '../src/demo/walk.js';
import { FILES } from './files.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');

const gjovik = {
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet' as const,
  applicationId: 'soknad-gjovik-2025',
  measureName: 'Trygg bolig – ung start',
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const on = (applicationId: string) => ({ params: { path: { applicationId } } });

describe(`the lifecycle through the typed client (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('grant: draft → attachment → signing → submit → assign → grant → letter → accept → pay → status report → final report', async () => {
    const office = await api.client('nav-gjovik');
    const head = await api.client('nav-gjovik-leder');
    const executive = await api.client('gjovik-kommunedirektor');
    const county = await api.client('sf-innlandet');
    const approver = await api.client('sf-innlandet-godkjenner');

    api.setClock('2025-01-20T09:00:00+01:00');
    const draft = await office.POST('/v1/applications', { body: applicationFor(gjovik) });
    expect(draft).toMatchObject({ state: 'draft', version: 0, caseNumber: null, submittedAt: null });
    expect(draft.signing).toMatchObject({ state: 'editing', requestedAt: null });

    // An analysis as an attachment: uploaded as bytes, then referenced from the document.
    const analysis = await office.POST('/v1/applications/{applicationId}/attachments', {
      params: { path: { applicationId: draft.id }, query: { for: 'application', fileName: 'Analyse.pdf' } },
      body: FILES.pdf as unknown as string,
      bodySerializer: (bytes: unknown) => bytes as Uint8Array,
      headers: { 'Content-Type': 'application/pdf' },
    });
    expect(analysis).toMatchObject({
      mediaType: 'application/pdf',
      scan: { state: 'not-scanned' },
      locked: false,
    });

    const edited = await office.PUT('/v1/applications/{applicationId}', {
      params: { path: { applicationId: draft.id }, header: { 'If-Match': draft.etag } },
      body: {
        ...draft.document,
        description: { ...draft.document.description, goals: 'Færre unge i midlertidig bolig.' },
        attachments: [analysis.reference],
      },
    });
    expect(edited.etag).not.toBe(draft.etag);
    expect(edited.document.description.goals).toBe('Færre unge i midlertidig bolig.');

    // § 7: sent for signing (locked), signed by the Nav office head and the chief executive.
    api.setClock('2025-01-24T14:00:00+01:00');
    const locked = await office.POST('/v1/applications/{applicationId}/signing', {
      params: { path: { applicationId: draft.id }, header: { 'If-Match': edited.etag } },
    });
    expect(locked.signing).toMatchObject({
      state: 'awaiting-signatures',
      requestedBy: { sub: 'dev:nav-gjovik' },
    });
    for (const signer of [head, executive])
      await signer.POST('/v1/applications/{applicationId}/signatures', {
        ...on(draft.id),
        body: { documentSha256: locked.signing.documentSha256 },
      });

    api.setClock('2025-01-25T10:15:00+01:00');
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(draft.id));
    expect(submitted).toMatchObject({
      state: 'submitted',
      version: 1,
      submittedAt: '2025-01-25T09:15:00.000Z',
    });
    expect(submitted.caseNumber).toMatch(/^2025\/\d+$/);
    expect(submitted.document.submittedAt).toBe('2025-01-25T09:15:00.000Z');
    // Anyone holding the document can check both signatures against its content.
    const verified = verifySignatures(submitted.document);
    expect(verified.complete).toBe(true);
    expect(verified.signatures.map((c) => [c.signature.role, c.state])).toEqual([
      ['nav-office-head', 'valid'],
      ['municipal-executive', 'valid'],
    ]);
    // The office's copy of what it sent, in both written standards; a draft has none.
    for (const language of ['nb', 'nn'] as const) {
      const copy = await api.app.inject({
        method: 'GET',
        url: `/v1/applications/${draft.id}/pdf?language=${language}`,
        headers: { authorization: `Bearer ${await api.token('nav-gjovik')}` },
      });
      expect(copy.headers['content-type']).toBe('application/pdf');
      const name = `soknad-${submitted.caseNumber?.replace('/', '-')}.pdf`;
      expect(copy.headers['content-disposition']).toBe(`inline; filename="${name}"`);
      expect(copy.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const other = await office.POST('/v1/applications', {
      body: { ...applicationFor(gjovik), id: 'ikke-sendt' },
    });
    const refusedCopy = await office
      .GET('/v1/applications/{applicationId}/pdf', { ...on(other.id), parseAs: 'arrayBuffer' })
      .catch((e: unknown) => e);
    expect(refusedCopy).toMatchObject({ status: 409, code: 'APPLICATION_NOT_SUBMITTED' });
    const f: CaseFacts = { ...gjovik, caseNumber: submitted.caseNumber ?? '' };

    // The caseworker sees the attachment and downloads it, never rendered as a page.
    const files = await county.GET('/v1/applications/{applicationId}/attachments', on(draft.id));
    expect(files.items.map((a) => [a.fileName, a.locked])).toEqual([['Analyse.pdf', true]]);
    const download = await fetch(
      `${api.baseUrl}/v1/applications/${draft.id}/attachments/${analysis.id}/content`,
      {
        headers: { authorization: `Bearer ${await api.token('sf-innlandet')}` },
      },
    );
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="Analyse.pdf"/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(FILES.pdf);

    const assigned = await county.POST('/v1/applications/{applicationId}/assignment', {
      ...on(draft.id),
      body: { caseworker: 'Per Olsen' },
    });
    expect(assigned.caseworker).toBe('Per Olsen');

    api.setClock('2025-03-10T12:00:00+01:00');
    // Totrinnskontroll: the caseworker proposes, nothing changes until the approver approves.
    const proposal = await county.POST('/v1/applications/{applicationId}/decision', {
      ...on(draft.id),
      body: decisionFor(f, 'granted'),
    });
    expect([proposal.state, proposal.approval.proposedBy.role]).toEqual(['proposed', 'county-caseworker']);
    expect((await county.GET('/v1/applications/{applicationId}', on(draft.id))).state).toBe('submitted');
    await approve({ approver }, Promise.resolve(proposal));
    const { decision } = await county.GET('/v1/applications/{applicationId}/documents', on(draft.id));
    expect(decision?.document.outcome.result).toBe('granted');
    expect(decision?.createdBy.role).toBe('county-approver');

    const letter = await county.POST('/v1/applications/{applicationId}/letter', {
      ...on(draft.id),
      body: grantLetterFor(f),
    });
    expect(letter.document.documentType).toBe('grant-letter');
    expect((await office.GET('/v1/applications/{applicationId}/letter', on(draft.id))).id).toBe(letter.id);
    for (const language of ['nb', 'nn'] as const) {
      const pdf = await office.GET('/v1/applications/{applicationId}/letter/pdf', {
        params: { path: { applicationId: draft.id }, query: { language } },
        parseAs: 'arrayBuffer',
      });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // § 10: the acceptance is signed and returned by the chief executive.
    const acceptance = await executive.POST('/v1/applications/{applicationId}/acceptance', {
      ...on(draft.id),
      body: acceptanceFor(f),
    });
    expect(verifySignatures(acceptance.document).complete).toBe(true);
    await approve(
      { approver },
      county.POST('/v1/applications/{applicationId}/payments', { ...on(draft.id), body: paymentFor(f) }),
    );
    expect((await office.GET('/v1/applications/{applicationId}', on(draft.id))).state).toBe('paid');

    api.setClock('2026-01-30T14:00:00+01:00');
    const report = await office.POST('/v1/applications/{applicationId}/status-reports', {
      ...on(draft.id),
      body: statusReportFor(f),
    });
    expect(report.document.submittedAt).toBe('2026-01-30T13:00:00.000Z');
    expect((await office.GET('/v1/applications/{applicationId}', on(draft.id))).state).toBe('reported');

    await office.POST('/v1/applications/{applicationId}/final-report', {
      ...on(draft.id),
      body: finalReportFor(f),
    });
    expect((await office.GET('/v1/applications/{applicationId}', on(draft.id))).state).toBe('final-reported');
    const closed = await county.POST('/v1/applications/{applicationId}/close', on(draft.id));
    expect(closed).toMatchObject({ state: 'closed', allowedEvents: [] });

    const file = await county.GET('/v1/applications/{applicationId}/documents', on(draft.id));
    expect(file.decision?.id).toBe(decision?.id);
    expect(file.statusReports).toHaveLength(1);
    expect(file.finalReport).not.toBeNull();

    const accounts = await office.GET('/v1/applications/{applicationId}/budget-vs-accounts', on(draft.id));
    expect(accounts.years).toHaveLength(1);
    expect(accounts.years[0]?.reportedIn).toBe('final-report');
    expect(accounts.years[0]?.lines.every((l) => l.actual !== null)).toBe(true);

    const audit = await county.GET('/v1/applications/{applicationId}/audit', on(draft.id));
    expect(audit.items.map((e) => e.action)).toEqual([
      'create',
      'attachment-upload',
      'signing-requested',
      'signed',
      'signed',
      'submit',
      'attachment-download',
      'assign',
      'propose',
      'approve',
      'grant',
      'letter',
      'accept',
      'propose',
      'approve',
      'pay',
      'report',
      'reportFinal',
      'close',
    ]);
    expect(audit.items.find((e) => e.action === 'grant')).toMatchObject({
      fromState: 'submitted',
      toState: 'granted',
      actor: { sub: 'dev:sf-innlandet-godkjenner', role: 'county-approver' },
      at: '2025-03-10T11:00:00.000Z',
    });
    expect(audit.items.find((e) => e.action === 'propose')?.actor).toMatchObject({ sub: 'dev:sf-innlandet' });
  });

  it('rejection: submit → reject → rejection letter with the § 9 statement; no acceptance afterwards', async () => {
    const frogner = { ...gjovik, office: { ...EXAMPLE_NAV_OFFICE }, applicationId: 'soknad-gjovik-avslag' };
    const office = await api.client('nav-gjovik');
    const county = await api.client('sf-innlandet');
    api.setClock('2025-01-25T10:15:00+01:00');
    const draft = await signDraft(
      await walkersFor(api),
      await office.POST('/v1/applications', { body: applicationFor(frogner) }),
    );
    const submitted = await office.POST('/v1/applications/{applicationId}/submit', on(draft.id));
    const f: CaseFacts = { ...frogner, caseNumber: submitted.caseNumber ?? '' };
    api.setClock('2025-03-10T12:00:00+01:00');
    await approve(
      { approver: await api.client('sf-innlandet-godkjenner') },
      county.POST('/v1/applications/{applicationId}/decision', {
        ...on(draft.id),
        body: decisionFor(f, 'rejected'),
      }),
    );
    const letter = await county.POST('/v1/applications/{applicationId}/letter', {
      ...on(draft.id),
      body: rejectionLetterFor(f),
    });
    expect(letter.document.noAppealStatement).toContain('§ 9');
    const pdf = await api.app.inject({
      method: 'GET',
      url: `/v1/applications/${draft.id}/letter/pdf`,
      headers: { authorization: `Bearer ${await api.token('nav-gjovik')}` },
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/avslagsbrev/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await office.GET('/v1/applications/{applicationId}', on(draft.id))).state).toBe('rejected');

    const refused = await (await api.client('gjovik-kommunedirektor'))
      .POST('/v1/applications/{applicationId}/acceptance', { ...on(draft.id), body: acceptanceFor(f) })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TilskuddProblemError);
    expect(refused).toMatchObject({ status: 409, code: 'LIFECYCLE_ILLEGAL_TRANSITION' });
  });
});
