import type { Schemas } from '@sosialtilskudd/api-client';
import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sequenceEvents } from '../src/events/feed.js';
import { EICAR } from './clamd.js';
import { FILES, postFile } from './files.js';
import { type DemoUserId, startTestApi, type TestApi, walkGjovik } from './harness.js';
import { scannedTestApi } from './scanned-api.js';

type MessageFile = Schemas['MessageAttachment'];
const MESSAGES = '/v1/applications/{applicationId}/messages' as const;
const FILE = '/v1/applications/{applicationId}/messages/attachments/{attachmentId}' as const;

const upload = (api: TestApi, applicationId: string, user: DemoUserId, fileName: string, bytes = FILES.pdf) =>
  postFile(
    api,
    `/v1/applications/${applicationId}/messages/attachments?fileName=${encodeURIComponent(fileName)}`,
    bytes,
    user,
  );
const uploaded = async (...args: Parameters<typeof upload>) => (await upload(...args)).body as MessageFile;

async function send(api: TestApi, applicationId: string, user: DemoUserId, files: MessageFile[]) {
  const { data, error, response } = await (await api.client(user)).raw.POST(MESSAGES, {
    params: { path: { applicationId } },
    body: { body: 'Se vedlegg.', attachments: files.map((f) => f.reference) },
  });
  return { status: response.status, data, error };
}

async function download(api: TestApi, applicationId: string, file: MessageFile, user: DemoUserId) {
  const response = await api.app.inject({
    method: 'GET',
    url: `/v1/applications/${applicationId}/messages/attachments/${file.id}/content`,
    headers: { authorization: `Bearer ${await api.token(user)}` },
  });
  return { status: response.statusCode, bytes: response.rawPayload, headers: response.headers };
}

const fileOf = (applicationId: string, f: MessageFile) => ({
  params: { path: { applicationId, attachmentId: f.id } },
});

describe(`files on messages (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());
  afterEach(() => expect(api.violations).toEqual([]));

  it('each side sends files; the other side sees them once sent; the feed journals their links', async () => {
    const c = await walkGjovik(api, 'submitted', 'meldingsvedlegg');
    const question = await uploaded(api, c.id, 'sf-innlandet', 'Spørsmål om budsjett.pdf');
    expect(question).toMatchObject({
      documentType: 'message',
      locked: false,
      scan: { state: 'not-scanned' },
      uploadedBy: { role: 'county-caseworker' },
    });
    const office = await api.client('nav-gjovik');
    // Not the office's until a message carries it: neither shown, downloaded nor attachable.
    expect(await office.GET(FILE, fileOf(c.id, question)).catch((e) => e)).toMatchObject({ status: 404 });
    expect((await download(api, c.id, question, 'nav-gjovik')).status).toBe(404);
    expect(await send(api, c.id, 'nav-gjovik', [question])).toMatchObject({
      status: 422,
      error: { issues: [{ code: 'ATTACHMENT_UNKNOWN', path: '/attachments/0' }] },
    });

    const asked = await send(api, c.id, 'sf-innlandet', [question]);
    expect(asked).toMatchObject({ status: 201, data: { attachments: [{ id: question.id, locked: true }] } });
    const got = await download(api, c.id, question, 'nav-gjovik');
    expect(got.status).toBe(200);
    expect(got.bytes).toEqual(FILES.pdf);
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''Sp%C3%B8rsm%C3%A5l");

    const budget = await uploaded(api, c.id, 'nav-gjovik-leder', 'Budsjett år 2.xlsx', FILES.xlsx);
    const answered = await send(api, c.id, 'nav-gjovik', [budget]);
    expect(answered.status).toBe(201);
    expect((await download(api, c.id, budget, 'sf-innlandet')).bytes).toEqual(FILES.xlsx);
    for (const reader of ['sf-innlandet', 'gjovik-kommunedirektor', 'avdir'] as const)
      expect(
        (
          await (await api.client(reader)).GET(MESSAGES, { params: { path: { applicationId: c.id } } })
        ).items.map((m) => m.attachments.map((a) => a.fileName)),
      ).toEqual([['Spørsmål om budsjett.pdf'], ['Budsjett år 2.xlsx']]);
    // A message's files are not the documents' files.
    const documentFiles = await office.GET('/v1/applications/{applicationId}/attachments', {
      params: { path: { applicationId: c.id } },
    });
    expect(documentFiles.items).toEqual([]);
    expect(
      await office
        .GET('/v1/applications/{applicationId}/attachments/{attachmentId}', fileOf(c.id, budget))
        .catch((e) => e),
    ).toMatchObject({ status: 404 });

    // Sent is part of the record; an unsent file is the uploader's side's to delete.
    expect(await office.DELETE(FILE, fileOf(c.id, budget)).catch((e) => e)).toMatchObject({
      status: 409,
      code: 'ATTACHMENT_LOCKED',
    });
    const draft = await uploaded(api, c.id, 'nav-gjovik', 'Feil fil.pdf');
    const county = await api.client('sf-innlandet');
    expect(await county.DELETE(FILE, fileOf(c.id, draft)).catch((e) => e)).toMatchObject({ status: 404 });
    expect(await office.DELETE(FILE, fileOf(c.id, draft))).toMatchObject({ fileName: 'Feil fil.pdf' });

    const audit = await county.GET('/v1/applications/{applicationId}/audit', {
      params: { path: { applicationId: c.id } },
    });
    expect(
      audit.items
        .filter((e) => e.action.startsWith('attachment-'))
        .map((e) => [e.action, e.detail?.fileName]),
    ).toEqual([
      ['attachment-upload', 'Spørsmål om budsjett.pdf'],
      ['attachment-upload', 'Budsjett år 2.xlsx'],
      ['attachment-download', 'Budsjett år 2.xlsx'],
      ['attachment-upload', 'Feil fil.pdf'],
      ['attachment-delete', 'Feil fil.pdf'],
    ]);

    await sequenceEvents(api.db);
    const feed = await office.GET('/v1/events', { params: { query: { limit: 1000 } } });
    const journals = feed.items
      .filter((i) => i.event.type === EVENT_TYPES.message && i.event.data.applicationId === c.id)
      .map((i) => i.event.data.journal);
    expect(journals.map((j) => [j?.direction, j?.attachments])).toEqual([
      [
        'outgoing',
        [
          {
            ...question.reference,
            href: `/v1/applications/${c.id}/messages/attachments/${question.id}/content`,
          },
        ],
      ],
      [
        'incoming',
        [{ ...budget.reference, href: `/v1/applications/${c.id}/messages/attachments/${budget.id}/content` }],
      ],
    ]);
  });

  it('refuses a wrong reference at its field with a code in bokmål and nynorsk, and files before submission', async () => {
    const c = await walkGjovik(api, 'submitted', 'feil-vedlegg');
    const other = await walkGjovik(api, 'submitted', 'annen-sak');
    const mine = await uploaded(api, c.id, 'nav-gjovik', 'Plan.pdf');
    const elsewhere = await uploaded(api, other.id, 'nav-gjovik', 'Annen.pdf');
    expect(await send(api, c.id, 'nav-gjovik', [mine, elsewhere])).toMatchObject({
      status: 422,
      error: {
        issues: [
          {
            code: 'ATTACHMENT_UNKNOWN',
            path: '/attachments/1',
            message: 'Vedlegg: «Annen.pdf» er ikke lastet opp til dette dokumentet',
            messageNn: 'Vedlegg: «Annen.pdf» er ikkje lasta opp til dette dokumentet',
          },
        ],
      },
    });
    const changed = { ...mine, reference: { ...mine.reference, sha256: '0'.repeat(64) } };
    expect(await send(api, c.id, 'nav-gjovik', [changed])).toMatchObject({
      status: 422,
      error: {
        issues: [{ code: 'ATTACHMENT_MISMATCH', path: '/attachments/0', messageNn: expect.any(String) }],
      },
    });
    expect(await send(api, c.id, 'nav-gjovik', [mine, mine])).toMatchObject({
      status: 422,
      error: { issues: [{ code: 'ATTACHMENT_DUPLICATE', path: '/attachments/1' }] },
    });
    // At most 20 files a message: 21 is refused at the field, 20 are sent.
    const twenty = [mine];
    for (let i = 2; i <= 20; i++) twenty.push(await uploaded(api, c.id, 'nav-gjovik', `Vedlegg ${i}.pdf`));
    const extra = await uploaded(api, c.id, 'nav-gjovik', 'Vedlegg 21.pdf');
    expect(await send(api, c.id, 'nav-gjovik', [...twenty, extra])).toMatchObject({
      status: 422,
      error: { issues: [{ path: '/attachments' }] },
    });
    expect((await send(api, c.id, 'nav-gjovik', twenty)).status).toBe(201);

    const draft = await walkGjovik(api, 'draft', 'utkast-vedlegg');
    expect(await upload(api, draft.id, 'nav-gjovik', 'Plan.pdf')).toMatchObject({
      status: 409,
      body: { code: 'CASE_NOT_SUBMITTED' },
    });
    expect((await upload(api, c.id, 'gjovik-kommunedirektor', 'Plan.pdf')).status).toBe(403);
    expect((await upload(api, c.id, 'nav-frogner', 'Plan.pdf')).status).toBe(404);
    expect(await upload(api, c.id, 'nav-gjovik', 'notat.pdf', FILES.text)).toMatchObject({
      status: 415,
      body: { code: 'ATTACHMENT_TYPE_NOT_ALLOWED' },
    });
  });
});

describe('files on messages scanned by a real clamd', () => {
  const scanned = scannedTestApi('clamd');

  it('only a file scanned clean is sent: one waiting or infected is refused at its field', async () => {
    const api = scanned();
    const c = await walkGjovik(api, 'submitted', 'skannet-melding');
    const clean = await uploaded(api, c.id, 'sf-innlandet', 'Brev.pdf');
    const infected = await uploaded(
      api,
      c.id,
      'sf-innlandet',
      'Virus.pdf',
      Buffer.concat([FILES.pdf, EICAR]),
    );
    expect([clean.scan.state, infected.scan.state]).toEqual(['pending', 'pending']);
    await api.scanner.idle();
    expect(await send(api, c.id, 'sf-innlandet', [clean, infected])).toMatchObject({
      status: 409,
      error: {
        code: 'ATTACHMENT_INFECTED',
        issues: [
          {
            code: 'ATTACHMENT_INFECTED',
            path: '/attachments/1',
            messageNn: expect.stringContaining('skadeleg'),
          },
        ],
      },
    });
    const sent = await send(api, c.id, 'sf-innlandet', [clean]);
    expect(sent).toMatchObject({ status: 201, data: { attachments: [{ scan: { state: 'clean' } }] } });
    expect((await download(api, c.id, clean, 'nav-gjovik')).bytes).toEqual(FILES.pdf);
  });
});

describe('files on messages while the scanner cannot be reached', () => {
  const scanned = scannedTestApi('unreachable');

  it('a file waiting for its scan is not sent', async () => {
    const api = scanned();
    const c = await walkGjovik(api, 'submitted', 'venter-skanning');
    const file = await uploaded(api, c.id, 'nav-gjovik', 'Plan.pdf');
    await api.scanner.idle();
    expect(await send(api, c.id, 'nav-gjovik', [file])).toMatchObject({
      status: 409,
      error: { code: 'ATTACHMENT_SCAN_PENDING', issues: [{ path: '/attachments/0' }] },
    });
  });
});
