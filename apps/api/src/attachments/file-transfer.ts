import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { actsAs } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { conflict, HttpProblem } from '../http/problems.js';
import type { Actor } from '../http/views.js';
import {
  type AttachmentDocumentType,
  type AttachmentRow,
  openAttachmentBytes,
  readChunks,
} from '../repository/attachments.js';
import { recordAudit } from '../repository/audit.js';
import type { ApplicationRow } from '../repository/rows.js';
import { type Refusal, receiveAttachment, refusedByLength } from './receive.js';

/** What is left of a refused upload is read and dropped (never kept), so the client gets the answer, up to a bound. */
async function discard(body: Readable, limit = 64 * 1024 * 1024): Promise<void> {
  let read = 0;
  for await (const chunk of body) {
    read += (chunk as Uint8Array).length;
    if (read > limit) return void body.destroy();
  }
}

const refused = (r: Refusal) =>
  new HttpProblem(
    r.status,
    r.code,
    r.status === 415 ? 'Filtypen er ikke tillatt' : 'Vedlegget kan ikke tas imot',
    r.detail,
  );

/** `attachment; filename="…"` with an ASCII fallback and the real name in RFC 5987 (filename*). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The audit entry of something done to a file: upload, deletion, a caseworker's download. */
export const auditFile = (
  ctx: AppContext,
  app: ApplicationRow,
  actor: Actor,
  action: string,
  file: AttachmentRow,
) =>
  recordAudit(ctx.db, app, {
    at: ctx.now(),
    actor,
    action,
    fromState: app.state,
    toState: app.state,
    detail: {
      attachmentId: file.id,
      fileName: file.fileName,
      documentType: file.documentType,
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
    },
  });

/**
 * Streams an upload into the case for one kind of document, within that document's 50 MB of files not yet sent,
 * audits it and wakes the scanner; a refusal is a problem, with what is left of the body read and dropped.
 */
export async function storeUpload<T extends AttachmentDocumentType>(
  ctx: AppContext,
  input: { principal: Principal; app: ApplicationRow; documentType: T; fileName: string },
  body: Readable,
  contentLength: string | string[] | undefined,
): Promise<AttachmentRow & { documentType: T }> {
  const { principal: p, app, documentType, fileName } = input;
  const alreadyStored = await openAttachmentBytes(ctx.db, app.id, documentType);
  const early = refusedByLength(
    typeof contentLength === 'string' ? Number(contentLength) : undefined,
    alreadyStored,
  );
  if (early) {
    await discard(body);
    throw refused(early);
  }
  const received = await receiveAttachment(
    ctx.db,
    body,
    {
      id: randomUUID(),
      applicationId: app.id,
      documentType,
      fileName,
      uploadedAt: ctx.now(),
      uploadedBy: actorOf(p),
    },
    { alreadyStored, scanState: ctx.scanner.enabled ? 'pending' : 'not-scanned' },
  );
  if (!received.ok) {
    await discard(body);
    throw refused(received.refusal);
  }
  await auditFile(ctx, app, actorOf(p), 'attachment-upload', received.attachment);
  ctx.scanner.wake();
  return received.attachment as AttachmentRow & { documentType: T };
}

/** The file's bytes as the answer, never opened as a page; a file waiting for its scan or found infected is refused. */
function fileReply(ctx: AppContext, file: AttachmentRow) {
  if (file.scanState === 'pending')
    throw conflict('ATTACHMENT_SCAN_PENDING', 'Filen er ikke ferdig skannet for skadelig programvare ennå.');
  if (file.scanState === 'infected')
    throw conflict(
      'ATTACHMENT_INFECTED',
      `Filen inneholdt skadelig kode (${file.scanFinding}) og er slettet.`,
    );
  return {
    status: 200 as const,
    body: Readable.from(readChunks(ctx.db, file.id)),
    headers: {
      'Content-Type': file.mediaType,
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff' as const,
      'Content-Length': String(file.size),
    },
  };
}

/** A download; the authority's downloads are in the audit log. */
export async function downloadFile(ctx: AppContext, p: Principal, app: ApplicationRow, file: AttachmentRow) {
  const reply = fileReply(ctx, file);
  if (actsAs(p, app, 'handler') || p.role === 'directorate')
    await auditFile(ctx, app, actorOf(p), 'attachment-download', file);
  return reply;
}

/** A stored file as the API shows it, with the reference a document or a message gives to it. */
export function fileView<R extends AttachmentRow>(a: R) {
  return {
    id: a.id,
    applicationId: a.applicationId,
    documentType: a.documentType as R['documentType'],
    fileName: a.fileName,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    scan: {
      state: a.scanState,
      finding: a.scanFinding,
      scannedAt: a.scannedAt ? new Date(a.scannedAt).toISOString() : null,
    },
    uploadedAt: new Date(a.uploadedAt).toISOString(),
    uploadedBy: a.uploadedBy,
    locked: a.lockedAt !== null,
    reference: { id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: a.size, sha256: a.sha256 },
  };
}
