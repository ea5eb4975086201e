import { createHash } from 'node:crypto';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import {
  type AttachmentRow,
  beginUpload,
  finishUpload,
  removeAttachment,
  type ScanState,
  writeChunk,
} from '../repository/attachments.js';
import { detectAttachmentType, SAMPLE_BYTES } from './content-type.js';

/** One row of attachment_chunks: big enough for few round trips, small enough to hold one at a time. */
export const CHUNK_BYTES = 256 * 1024;

export interface Refusal {
  status: 400 | 413 | 415;
  code: string;
  detail: string;
}

const ALLOWED_NAMES = Object.values(ATTACHMENT_TYPES)
  .map((t) => t.name)
  .join(', ');

const refusals = {
  empty: (): Refusal => ({ status: 400, code: 'ATTACHMENT_EMPTY', detail: 'Filen er tom.' }),
  type: (detected?: string): Refusal => ({
    status: 415,
    code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
    detail: `Filen er ${detected ? `av typen ${detected}` : 'av en type som ikke kjennes igjen'}. Tillatt er ${ALLOWED_NAMES}, bedømt etter innholdet, ikke navnet.`,
  }),
  file: (): Refusal => ({
    status: 413,
    code: 'ATTACHMENT_TOO_LARGE',
    detail: 'Filen er større enn 10 MB, som er grensen per vedlegg.',
  }),
  document: (): Refusal => ({
    status: 413,
    code: 'ATTACHMENTS_TOO_LARGE',
    detail: 'Vedleggene til dokumentet blir til sammen mer enn 50 MB.',
  }),
};

/** Refused before a byte is read, by the declared Content-Length; the count while reading decides in the end. */
export function refusedByLength(length: number | undefined, alreadyStored: number): Refusal | undefined {
  if (length === undefined) return undefined;
  if (length === 0) return refusals.empty();
  if (length > MAX_ATTACHMENT_BYTES) return refusals.file();
  if (alreadyStored + length > MAX_ATTACHMENTS_BYTES) return refusals.document();
  return undefined;
}

export type Received = { ok: true; attachment: AttachmentRow } | { ok: false; refusal: Refusal };

/**
 * Streams an upload into the database: the type is judged by the first bytes, the size counted as they come,
 * the SHA-256 computed on the way, and the bytes written 256 KiB at a time as they arrive. At most one chunk
 * is held; a refusal or a broken connection leaves nothing behind. Statements run one at a time outside any
 * transaction, so a slow upload never holds the database.
 */
export async function receiveAttachment(
  db: Queryable,
  body: AsyncIterable<Uint8Array>,
  row: Parameters<typeof beginUpload>[1],
  options: { alreadyStored: number; scanState: ScanState },
): Promise<Received> {
  await beginUpload(db, row);
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  let size = 0;
  let seq = 0;
  let mediaType: Awaited<ReturnType<typeof detectAttachmentType>> | undefined;
  const limit = Math.min(MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES - options.alreadyStored);
  const flush = async (): Promise<Refusal | undefined> => {
    if (filled === 0) return undefined;
    mediaType ??= await detectAttachmentType(chunk.subarray(0, Math.min(filled, SAMPLE_BYTES)));
    if (!mediaType.allowed) return refusals.type(mediaType.detected);
    hash.update(chunk.subarray(0, filled));
    await writeChunk(db, row.id, seq++, chunk.subarray(0, filled));
    filled = 0;
    return undefined;
  };
  const refuse = async (refusal: Refusal): Promise<Received> => {
    await removeAttachment(db, row.id);
    return { ok: false, refusal };
  };
  try {
    for await (const data of body) {
      size += data.length;
      if (size > limit) return refuse(size > MAX_ATTACHMENT_BYTES ? refusals.file() : refusals.document());
      for (let offset = 0; offset < data.length; ) {
        const n = Math.min(CHUNK_BYTES - filled, data.length - offset);
        chunk.set(data.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        const refused = filled === CHUNK_BYTES ? await flush() : undefined;
        if (refused) return refuse(refused);
      }
    }
    if (size === 0) return refuse(refusals.empty());
    const refused = await flush();
    if (refused) return refuse(refused);
  } catch (error) {
    await removeAttachment(db, row.id);
    throw error;
  }
  if (!mediaType?.allowed) return refuse(refusals.type());
  const attachment = await finishUpload(db, row.id, {
    mediaType: mediaType.mediaType,
    size,
    sha256: hash.digest('hex'),
    scanState: options.scanState,
  });
  return { ok: true, attachment };
}
