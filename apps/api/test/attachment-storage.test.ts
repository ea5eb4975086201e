import { createHash, randomUUID } from 'node:crypto';
import { exampleApplication, MAX_ATTACHMENT_BYTES } from '@sosialtilskudd/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, receiveAttachment } from '../src/attachments/receive.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { insertApplication } from '../src/repository/applications.js';
import { findAttachment, readChunks } from '../src/repository/attachments.js';
import { FILES, inPieces, pdfOfSize } from './files.js';
import { freshDatabase } from './harness.js';

let db: Database;
let drop: () => Promise<void>;
let applicationId: string;
const actor = { sub: 'dev:nav-gjovik', name: 'Kari Nordmann', role: 'nav-office' as const };

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  await migrate(db);
  const document = exampleApplication();
  applicationId = randomUUID();
  await insertApplication(
    db,
    {
      id: applicationId,
      organisationNumber: document.applicant.organisationNumber,
      authority: 'county-office:innlandet',
      callId: document.callId,
      document,
    },
    new Date(),
  );
});
afterAll(async () => {
  await db.close();
  await drop();
});

const upload = (body: AsyncIterable<Uint8Array>, alreadyStored = 0) =>
  receiveAttachment(
    db,
    body,
    {
      id: randomUUID(),
      applicationId,
      documentType: 'application',
      fileName: 'vedlegg',
      uploadedAt: new Date(),
      uploadedBy: actor,
    },
    { alreadyStored, scanState: 'not-scanned' },
  );

async function stored(id: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of readChunks(db, id)) parts.push(chunk);
  return Buffer.concat(parts);
}

const count = async () =>
  (
    await db.query<{ n: number }>(
      'select (select count(*) from attachments) + (select count(*) from attachment_chunks) as n',
    )
  ).rows[0]?.n;

describe('an upload streamed into the database', () => {
  it.each([
    ['pdf', 'application/pdf'],
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', 'application/vnd.oasis.opendocument.text'],
  ] as const)('a %s is known by its content as %s', async (kind, mediaType) => {
    const result = await upload(inPieces(FILES[kind], 5));
    if (!result.ok) throw new Error(result.refusal.detail);
    expect(result.attachment).toMatchObject({ mediaType, size: FILES[kind].length });
  });

  it('keeps exactly 10 MB byte for byte, in 256 KiB rows, with its SHA-256', async () => {
    const data = pdfOfSize(MAX_ATTACHMENT_BYTES);
    data.fill(0x41, 200_000, 300_000);
    const result = await upload(inPieces(data, 100_003));
    if (!result.ok) throw new Error(result.refusal.detail);
    expect(result.attachment.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect((await stored(result.attachment.id)).equals(data)).toBe(true);
    const rows = await db.query<{ n: number }>(
      'select count(*)::int as n from attachment_chunks where attachment_id = $1',
      [result.attachment.id],
    );
    expect(rows.rows[0]?.n).toBe(MAX_ATTACHMENT_BYTES / CHUNK_BYTES);
  });

  it.each([
    ['one byte over 10 MB', pdfOfSize(MAX_ATTACHMENT_BYTES + 1), 0, 'ATTACHMENT_TOO_LARGE'],
    [
      'a file that takes the document over 50 MB',
      pdfOfSize(1024),
      50 * 1024 * 1024 - 1023,
      'ATTACHMENTS_TOO_LARGE',
    ],
    ['a ZIP that is not an Office or OpenDocument file', FILES.zip, 0, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['text with a PDF name', FILES.text, 0, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['nothing', Buffer.alloc(0), 0, 'ATTACHMENT_EMPTY'],
  ] as const)('refuses %s and keeps nothing of it', async (_name, data, already, code) => {
    const before = await count();
    const result = await upload(inPieces(data), already);
    expect(result.ok === false && result.refusal.code).toBe(code);
    expect(await count()).toBe(before);
  });

  it('a connection that breaks off leaves nothing behind', async () => {
    const before = await count();
    async function* broken() {
      yield pdfOfSize(CHUNK_BYTES * 2);
      throw new Error('aborted');
    }
    await expect(upload(broken())).rejects.toThrow('aborted');
    expect(await count()).toBe(before);
  });

  it('is found again with what it is', async () => {
    const result = await upload(inPieces(FILES.pdf));
    if (!result.ok) throw new Error(result.refusal.detail);
    expect(await findAttachment(db, result.attachment.id)).toMatchObject({
      fileName: 'vedlegg',
      mediaType: 'application/pdf',
      scanState: 'not-scanned',
      uploadedBy: actor,
      lockedAt: null,
    });
  });
});
