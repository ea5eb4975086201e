import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { attachmentReferences, type CaseEvent } from '@sosialtilskudd/domain';
import { type Refusal, receiveAttachment, refusedByLength } from '../attachments/receive.js';
import { actsAs, requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { nextState } from '../cases/lifecycle.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { conflict, HttpProblem, notFound } from '../http/problems.js';
import type { Actor } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import {
  type AttachmentDocumentType,
  type AttachmentRow,
  findAttachment,
  listAttachments,
  openAttachmentBytes,
  readChunks,
  removeAttachment,
} from '../repository/attachments.js';
import { recordAudit } from '../repository/audit.js';
import type { ApplicationRow } from '../repository/rows.js';

/** The report a file documents must still be one the case can receive (§ 11). */
const REPORT_EVENTS: Record<Exclude<AttachmentDocumentType, 'application'>, CaseEvent> = {
  'status-report': 'report',
  'final-report': 'reportFinal',
};

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

/** An application's files are added while it is a draft and not sent for signing; a report's while it can be sent. */
function requireOpenFor(app: ApplicationRow, type: AttachmentDocumentType) {
  if (type === 'application') {
    if (app.state !== 'draft')
      throw conflict('APPLICATION_NOT_DRAFT', 'En innsendt søknad får ikke nye vedlegg; send en retting.');
    if (app.signingRequestedAt)
      throw conflict(
        'DRAFT_LOCKED',
        'Utkastet er sendt til signering og er låst; åpne det for endring først.',
      );
  } else nextState(app, REPORT_EVENTS[type]);
}

/** The authority sees a file once a submitted document holds it; the applicant sees every file of the case. */
const visibleTo = (p: Principal, app: ApplicationRow, file: AttachmentRow) =>
  file.lockedAt !== null || actsAs(p, app, 'applicant');

/** `attachment; filename="…"` with an ASCII fallback and the real name in RFC 5987 (filename*). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function attachmentView(a: AttachmentRow) {
  return {
    id: a.id,
    applicationId: a.applicationId,
    documentType: a.documentType,
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

/** Files on an application and a report's accounts (seed 003): upload, scan state, download, deletion. */
export function attachmentHandlers(ctx: AppContext) {
  const audit = (app: ApplicationRow, actor: Actor, action: string, file: AttachmentRow) =>
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

  async function visibleFile(p: Principal, applicationId: string, attachmentId: string) {
    const app = requireAccess(p, await findApplication(ctx.db, applicationId), 'reader');
    const file = await findAttachment(ctx.db, attachmentId);
    if (!file || file.applicationId !== app.id || !visibleTo(p, app, file)) throw notFound();
    return { app, file };
  }

  return handlers({
    uploadAttachment: async ({ principal: p, params, query, body, request }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      requireOpenFor(app, query.for);
      const alreadyStored = await openAttachmentBytes(ctx.db, app.id, query.for);
      const length = request.headers['content-length'];
      const early = refusedByLength(length === undefined ? undefined : Number(length), alreadyStored);
      if (early) {
        await discard(body());
        throw refused(early);
      }
      const received = await receiveAttachment(
        ctx.db,
        body(),
        {
          id: randomUUID(),
          applicationId: app.id,
          documentType: query.for,
          fileName: query.fileName,
          uploadedAt: ctx.now(),
          uploadedBy: actorOf(p),
        },
        { alreadyStored, scanState: ctx.scanner.enabled ? 'pending' : 'not-scanned' },
      );
      if (!received.ok) {
        await discard(body());
        throw refused(received.refusal);
      }
      await audit(app, actorOf(p), 'attachment-upload', received.attachment);
      ctx.scanner.wake();
      return { status: 201, body: attachmentView(received.attachment) };
    },

    listAttachments: async ({ principal: p, params }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      const files = (await listAttachments(ctx.db, app.id)).filter((f) => visibleTo(p, app, f));
      return { status: 200, body: { items: files.map(attachmentView) } };
    },

    getAttachment: async ({ principal: p, params }) => {
      const { file } = await visibleFile(p, params.applicationId, params.attachmentId);
      return { status: 200, body: attachmentView(file) };
    },

    downloadAttachment: async ({ principal: p, params }) => {
      const { app, file } = await visibleFile(p, params.applicationId, params.attachmentId);
      if (file.scanState === 'pending')
        throw conflict(
          'ATTACHMENT_SCAN_PENDING',
          'Filen er ikke ferdig skannet for skadelig programvare ennå.',
        );
      if (file.scanState === 'infected')
        throw conflict(
          'ATTACHMENT_INFECTED',
          `Filen inneholdt skadelig kode (${file.scanFinding}) og er slettet.`,
        );
      if (actsAs(p, app, 'handler') || p.role === 'directorate')
        await audit(app, actorOf(p), 'attachment-download', file);
      return {
        status: 200,
        body: Readable.from(readChunks(ctx.db, file.id)),
        headers: {
          'Content-Type': file.mediaType,
          'Content-Disposition': contentDisposition(file.fileName),
          'X-Content-Type-Options': 'nosniff',
          'Content-Length': String(file.size),
        },
      };
    },

    deleteAttachment: async ({ principal: p, params }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      const file = await findAttachment(ctx.db, params.attachmentId);
      if (!file || file.applicationId !== app.id) throw notFound();
      if (file.lockedAt)
        throw conflict('ATTACHMENT_LOCKED', 'Filen er del av et innsendt dokument og kan ikke slettes.');
      if (
        file.documentType === 'application' &&
        attachmentReferences(app.document).some((r) => r.id === file.id)
      )
        throw conflict('ATTACHMENT_IN_USE', 'Utkastet viser til filen: fjern den fra søknaden først.');
      await removeAttachment(ctx.db, file.id);
      await audit(app, actorOf(p), 'attachment-delete', file);
      return { status: 200, body: attachmentView(file) };
    },
  });
}
