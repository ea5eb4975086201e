import type { AttachmentMediaType } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

export type ScanState = 'pending' | 'clean' | 'infected' | 'not-scanned';
/** The document a file belongs to; a message's files are stored and scanned the same way. */
export type AttachmentDocumentType = 'application' | 'status-report' | 'final-report' | 'message';
export type DocumentFile = AttachmentRow & { documentType: Exclude<AttachmentDocumentType, 'message'> };
export type MessageFile = AttachmentRow & { documentType: 'message' };

export const isMessageFile = (file: AttachmentRow): file is MessageFile => file.documentType === 'message';

/** One attachment as stored; the bytes are read with `readChunks`. */
export interface AttachmentRow {
  id: string;
  applicationId: string;
  documentType: AttachmentDocumentType;
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  sha256: string;
  scanState: ScanState;
  scanFinding: string | null;
  scannedAt: Date | null;
  uploadedAt: Date;
  uploadedBy: Actor;
  lockedAt: Date | null;
}

const COLUMNS = `id, application_id as "applicationId", document_type as "documentType", file_name as "fileName",
  media_type as "mediaType", size::int as size, sha256, scan_state as "scanState", scan_finding as "scanFinding",
  scanned_at as "scannedAt", uploaded_at as "uploadedAt", uploaded_by as "uploadedBy", locked_at as "lockedAt"`;

/** Starts an upload: the row exists, not yet `stored`, while its chunks are written. */
export async function beginUpload(
  db: Queryable,
  a: Pick<AttachmentRow, 'id' | 'applicationId' | 'documentType' | 'fileName' | 'uploadedAt' | 'uploadedBy'>,
): Promise<void> {
  await db.query(
    `insert into attachments (id, application_id, document_type, file_name, scan_state, uploaded_at, uploaded_by)
     values ($1, $2, $3, $4, 'pending', $5, $6::jsonb)`,
    [
      a.id,
      a.applicationId,
      a.documentType,
      a.fileName,
      a.uploadedAt.toISOString(),
      JSON.stringify(a.uploadedBy),
    ],
  );
}

export async function writeChunk(db: Queryable, id: string, seq: number, data: Uint8Array): Promise<void> {
  await db.query('insert into attachment_chunks (attachment_id, seq, data) values ($1, $2, $3)', [
    id,
    seq,
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  ]);
}

/** The last byte is in: what the content is, and whether it waits for a scan. */
export async function finishUpload(
  db: Queryable,
  id: string,
  f: { mediaType: AttachmentMediaType; size: number; sha256: string; scanState: ScanState },
): Promise<AttachmentRow> {
  const { rows } = await db.query<AttachmentRow>(
    `update attachments set media_type = $2, size = $3, sha256 = $4, scan_state = $5, stored = true
     where id = $1 returning ${COLUMNS}`,
    [id, f.mediaType, f.size, f.sha256, f.scanState],
  );
  return rows[0] as AttachmentRow;
}

/** An upload that was refused or broke off, or a draft's attachment deleted: the row and its bytes go. */
export async function removeAttachment(db: Queryable, id: string): Promise<void> {
  await db.query('delete from attachments where id = $1', [id]);
}

/** Uploads that never finished (the server stopped mid-upload) and are older than `before`. */
export async function removeUnfinishedUploads(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('delete from attachments where not stored and uploaded_at < $1', [
    before.toISOString(),
  ]);
  return rowCount;
}

export async function findAttachment(db: Queryable, id: string): Promise<AttachmentRow | undefined> {
  const { rows } = await db.query<AttachmentRow>(
    `select ${COLUMNS} from attachments where id = $1 and stored`,
    [id],
  );
  return rows[0];
}

export async function listAttachments(db: Queryable, applicationId: string): Promise<AttachmentRow[]> {
  const { rows } = await db.query<AttachmentRow>(
    `select ${COLUMNS} from attachments where application_id = $1 and stored order by uploaded_at, id`,
    [applicationId],
  );
  return rows;
}

/** Bytes stored for one document type of a case and not locked into a submitted document: what an upload adds to. */
export async function openAttachmentBytes(
  db: Queryable,
  applicationId: string,
  documentType: AttachmentDocumentType,
): Promise<number> {
  const { rows } = await db.query<{ total: number }>(
    `select coalesce(sum(size), 0)::int as total from attachments
     where application_id = $1 and document_type = $2 and locked_at is null`,
    [applicationId, documentType],
  );
  return rows[0]?.total ?? 0;
}

/** The bytes, one chunk at a time, each read when the reader asks for it. */
export async function* readChunks(db: Queryable, id: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const { rows } = await db.query<{ data: Uint8Array }>(
      'select data from attachment_chunks where attachment_id = $1 and seq = $2',
      [id, seq],
    );
    const chunk = rows[0];
    if (!chunk) return;
    yield chunk.data;
  }
}

/** Takes the pending attachments no other process has claimed in the last `staleAfter` ms, oldest first. */
export async function claimPendingScans(db: Queryable, now: Date, staleAfterMs: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `update attachments set scan_claimed_at = $1
     where id in (select id from attachments where scan_state = 'pending' and stored
                    and (scan_claimed_at is null or scan_claimed_at < $2)
                  order by uploaded_at limit 20 for update skip locked)
     returning id`,
    [now.toISOString(), new Date(now.getTime() - staleAfterMs).toISOString()],
  );
  return rows.map((r) => r.id);
}

/** The scan's verdict; an infected file's bytes are removed at once, so nobody can ever download them. */
export async function recordScan(
  db: Queryable,
  id: string,
  verdict: { state: 'clean' | 'infected'; finding?: string },
  at: Date,
): Promise<AttachmentRow | undefined> {
  if (verdict.state === 'infected')
    await db.query('delete from attachment_chunks where attachment_id = $1', [id]);
  const { rows } = await db.query<AttachmentRow>(
    `update attachments set scan_state = $2, scan_finding = $3, scanned_at = $4
     where id = $1 and scan_state = 'pending' returning ${COLUMNS}`,
    [id, verdict.state, verdict.finding ?? null, at.toISOString()],
  );
  return rows[0];
}

/** The files a submitted document refers to: from now on part of the record. */
export async function lockAttachments(db: Queryable, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.query('update attachments set locked_at = $2 where id = any($1::uuid[]) and locked_at is null', [
    ids,
    at.toISOString(),
  ]);
}
