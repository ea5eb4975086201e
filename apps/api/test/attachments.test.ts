import type { Schemas } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor } from '../src/demo/documents.js';
import { signDraft } from '../src/demo/walk.js';
import { EICAR } from './clamd.js';
import { FILES, pdfOfSize, postFile } from './files.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';
import { scannedTestApi } from './scanned-api.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
let counter = 0;
const MB = 1024 * 1024;

async function draft(api: TestApi): Promise<Schemas['ApplicationCase']> {
  api.setClock('2025-01-20T10:00:00+01:00');
  return (await api.client('nav-gjovik')).POST('/v1/applications', {
    body: applicationFor({
      call,
      office: EXAMPLE_NAV_OFFICE,
      countyOfficeId: 'innlandet',
      applicationId: `vedlegg-${++counter}`,
      measureName: 'Trygg bolig – ung start',
    }),
  });
}

const upload = (
  api: TestApi,
  applicationId: string,
  fileName: string,
  bytes: Buffer,
  user: DemoUserId = 'nav-gjovik',
) =>
  postFile(
    api,
    `/v1/applications/${applicationId}/attachments?for=application&fileName=${encodeURIComponent(fileName)}`,
    bytes,
    user,
  );

async function refer(api: TestApi, d: Schemas['ApplicationCase'], files: Schemas['Attachment'][]) {
  const current = await (await api.client('nav-gjovik')).GET('/v1/applications/{applicationId}', {
    params: { path: { applicationId: d.id } },
  });
  return (await api.client('nav-gjovik')).PUT('/v1/applications/{applicationId}', {
    params: { path: { applicationId: d.id }, header: { 'If-Match': current.etag } },
    body: { ...current.document, attachments: files.map((f) => f.reference) },
  });
}

describe('attachments without a scanner', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ bodyLimit: 64 * 1024 });
  });
  afterAll(() => api.close());
  afterEach(() => expect(api.violations).toEqual([]));

  it.each(
    Object.entries({
      pdf: 'application/pdf',
      png: 'image/png',
      jpeg: 'image/jpeg',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      odt: 'application/vnd.oasis.opendocument.text',
    }),
  )('takes a %s by its content, as not scanned', async (kind, mediaType) => {
    const d = await draft(api);
    const stored = await upload(api, d.id, `fil.${kind}`, FILES[kind as keyof typeof FILES]);
    expect(stored).toMatchObject({ status: 201, body: { mediaType, scan: { state: 'not-scanned' } } });
  });

  it('refuses by content, size and emptiness with a 4xx and a code, and keeps nothing of it', async () => {
    const d = await draft(api);
    expect(await upload(api, d.id, 'notat.pdf', FILES.text)).toMatchObject({
      status: 415,
      body: { code: 'ATTACHMENT_TYPE_NOT_ALLOWED' },
    });
    expect(await upload(api, d.id, 'arkiv.docx', FILES.zip)).toMatchObject({ status: 415 });
    expect(await upload(api, d.id, 'tom.pdf', Buffer.alloc(0))).toMatchObject({
      status: 400,
      body: { code: 'ATTACHMENT_EMPTY' },
    });
    // Past the JSON body limit, and exactly at the 10 MB limit: the upload is streamed, not bound by it.
    expect(await upload(api, d.id, 'stor.pdf', pdfOfSize(10 * MB))).toMatchObject({ status: 201 });
    expect(await upload(api, d.id, 'for-stor.pdf', pdfOfSize(10 * MB + 1))).toMatchObject({
      status: 413,
      body: { code: 'ATTACHMENT_TOO_LARGE' },
    });
    const { items } = await (await api.client('nav-gjovik')).GET(
      '/v1/applications/{applicationId}/attachments',
      {
        params: { path: { applicationId: d.id } },
      },
    );
    expect(items.map((a) => a.fileName)).toEqual(['stor.pdf']);
  });

  it('only the applicant uploads; a caseworker sees a file once a submitted document holds it', async () => {
    const d = await draft(api);
    expect(await upload(api, d.id, 'a.pdf', FILES.pdf, 'gjovik-kommunedirektor')).toMatchObject({
      status: 403,
    });
    expect(await upload(api, d.id, 'a.pdf', FILES.pdf, 'nav-frogner')).toMatchObject({ status: 404 });
    const kept = (await upload(api, d.id, 'Plan.pdf', FILES.pdf)).body as Schemas['Attachment'];
    const dropped = (await upload(api, d.id, 'Utkast.png', FILES.png)).body as Schemas['Attachment'];
    const referred = await refer(api, d, [kept]);

    const office = await api.client('nav-gjovik');
    const path = (a: Schemas['Attachment']) => ({
      params: { path: { applicationId: d.id, attachmentId: a.id } },
    });
    expect(
      await office
        .DELETE('/v1/applications/{applicationId}/attachments/{attachmentId}', path(kept))
        .catch((e) => e),
    ).toMatchObject({ status: 409, code: 'ATTACHMENT_IN_USE' });
    await office.DELETE('/v1/applications/{applicationId}/attachments/{attachmentId}', path(dropped));

    api.setClock('2025-01-24T10:00:00+01:00');
    await signDraft(await walkersFor(api), referred);
    await office.POST('/v1/applications/{applicationId}/submit', {
      params: { path: { applicationId: d.id } },
    });
    expect(
      await office
        .DELETE('/v1/applications/{applicationId}/attachments/{attachmentId}', path(kept))
        .catch((e) => e),
    ).toMatchObject({ status: 409, code: 'ATTACHMENT_LOCKED' });
    expect(await upload(api, d.id, 'Sent.pdf', FILES.pdf)).toMatchObject({
      status: 409,
      body: { code: 'APPLICATION_NOT_DRAFT' },
    });

    const county = await api.client('sf-innlandet');
    const seen = await county.GET('/v1/applications/{applicationId}/attachments/{attachmentId}', path(kept));
    expect(seen).toMatchObject({ locked: true, scan: { state: 'not-scanned' } });
    const download = await api.app.inject({
      method: 'GET',
      url: `/v1/applications/${d.id}/attachments/${kept.id}/content`,
      headers: { authorization: `Bearer ${await api.token('sf-innlandet')}` },
    });
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Plan.pdf"; filename*=UTF-8''Plan.pdf`,
      'x-content-type-options': 'nosniff',
    });
    expect(download.rawPayload).toEqual(FILES.pdf);
    const audit = await county.GET('/v1/applications/{applicationId}/audit', {
      params: { path: { applicationId: d.id } },
    });
    expect(
      audit.items
        .filter((e) => e.action.startsWith('attachment-'))
        .map((e) => [e.action, e.detail?.fileName]),
    ).toEqual([
      ['attachment-upload', 'Plan.pdf'],
      ['attachment-upload', 'Utkast.png'],
      ['attachment-delete', 'Utkast.png'],
      ['attachment-download', 'Plan.pdf'],
    ]);
  });

  it('a reference must be to a file of this case exactly as stored', async () => {
    const d = await draft(api);
    const file = (await upload(api, d.id, 'Plan.pdf', FILES.pdf)).body as Schemas['Attachment'];
    const other = await draft(api);
    const wrong = await refer(api, other, [file]).catch((e) => e);
    expect(wrong).toMatchObject({
      status: 422,
      issues: [{ code: 'ATTACHMENT_UNKNOWN', path: '/attachments/0' }],
    });
    const renamed = await refer(api, d, [
      { ...file, reference: { ...file.reference, size: file.size + 1 } },
    ]).catch((e) => e);
    expect(renamed).toMatchObject({
      status: 422,
      issues: [{ code: 'ATTACHMENT_MISMATCH', path: '/attachments/0' }],
    });
  });
});

describe('attachments scanned by a real clamd (INSTREAM)', () => {
  const scanned = scannedTestApi('clamd');

  it('a clean PDF passes; the EICAR file is found infected and the application cannot be sent with it', async () => {
    const api = scanned();
    const d = await draft(api);
    const clean = (await upload(api, d.id, 'Plan.pdf', FILES.pdf)).body as Schemas['Attachment'];
    // The EICAR string inside a PDF: the type is allowed, the content is what the scanner judges.
    const eicarPdf = Buffer.concat([FILES.pdf, EICAR]);
    const infected = (await upload(api, d.id, 'Virus.pdf', eicarPdf)).body as Schemas['Attachment'];
    expect([clean.scan.state, infected.scan.state]).toEqual(['pending', 'pending']);
    await api.scanner.idle();
    const office = await api.client('nav-gjovik');
    const state = async (a: Schemas['Attachment']) =>
      (
        await office.GET('/v1/applications/{applicationId}/attachments/{attachmentId}', {
          params: { path: { applicationId: d.id, attachmentId: a.id } },
        })
      ).scan;
    expect(await state(clean)).toMatchObject({ state: 'clean', finding: null });
    expect(await state(infected)).toMatchObject({
      state: 'infected',
      finding: 'Tilskudd.Test.EICAR.UNOFFICIAL',
    });

    // An infected file cannot even be referred to, so no document is sent with it.
    expect(await refer(api, d, [clean, infected]).catch((e) => e)).toMatchObject({
      status: 409,
      code: 'ATTACHMENT_INFECTED',
      issues: [{ code: 'ATTACHMENT_INFECTED', path: '/attachments/1' }],
    });
    const download = await office
      .GET('/v1/applications/{applicationId}/attachments/{attachmentId}/content', {
        params: { path: { applicationId: d.id, attachmentId: infected.id } },
        parseAs: 'arrayBuffer',
      })
      .catch((e) => e);
    expect(download).toMatchObject({ status: 409, code: 'ATTACHMENT_INFECTED' });

    const cleanOnly = await refer(api, d, [clean]);
    api.setClock('2025-01-24T10:00:00+01:00');
    await signDraft(await walkersFor(api), cleanOnly);
    const sent = await office.POST('/v1/applications/{applicationId}/submit', {
      params: { path: { applicationId: d.id } },
    });
    expect(sent.state).toBe('submitted');
    const { rows } = await api.db.query<{ action: string; detail: { scanState: string } }>(
      `select action, detail from audit_events where application_id = $1 and action = 'attachment-scan' order by id`,
      [d.id],
    );
    expect(rows.map((r) => r.detail.scanState).sort()).toEqual(['clean', 'infected']);
  });
});

describe('attachments while the scanner cannot be reached', () => {
  const scanned = scannedTestApi('unreachable');

  it('a file waiting for its scan is neither downloaded nor sent', async () => {
    const api = scanned();
    const d = await draft(api);
    const file = (await upload(api, d.id, 'Plan.pdf', FILES.pdf)).body as Schemas['Attachment'];
    await api.scanner.idle();
    const office = await api.client('nav-gjovik');
    const path = { params: { path: { applicationId: d.id, attachmentId: file.id } } };
    expect(
      (await office.GET('/v1/applications/{applicationId}/attachments/{attachmentId}', path)).scan.state,
    ).toBe('pending');
    const download = await office
      .GET('/v1/applications/{applicationId}/attachments/{attachmentId}/content', {
        ...path,
        parseAs: 'arrayBuffer',
      })
      .catch((e) => e);
    expect(download).toMatchObject({ status: 409, code: 'ATTACHMENT_SCAN_PENDING' });
    // It may be signed meanwhile; it is not sent until the scan has said it is clean.
    const referred = await refer(api, d, [file]);
    api.setClock('2025-01-24T10:00:00+01:00');
    await signDraft(await walkersFor(api), referred);
    const sent = await office
      .POST('/v1/applications/{applicationId}/submit', { params: { path: { applicationId: d.id } } })
      .catch((e) => e);
    expect(sent).toMatchObject({
      status: 409,
      code: 'ATTACHMENT_SCAN_PENDING',
      issues: [{ code: 'ATTACHMENT_SCAN_PENDING', path: '/attachments/0' }],
    });
  });
});
