import { attachmentReferences, type CaseEvent } from '@sosialtilskudd/domain';
import { auditFile, downloadFile, fileView, storeUpload } from '../attachments/file-transfer.js';
import { actsAs, requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { nextState } from '../cases/lifecycle.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { conflict, notFound } from '../http/problems.js';
import { findApplication } from '../repository/applications.js';
import {
  type AttachmentRow,
  type DocumentFile,
  findAttachment,
  isMessageFile,
  listAttachments,
  removeAttachment,
} from '../repository/attachments.js';
import type { ApplicationRow } from '../repository/rows.js';

type DocumentType = DocumentFile['documentType'];

/** The report a file documents must still be one the case can receive (§ 11). */
const REPORT_EVENTS: Record<Exclude<DocumentType, 'application'>, CaseEvent> = {
  'status-report': 'report',
  'final-report': 'reportFinal',
};

/** An application's files are added while it is a draft and not sent for signing; a report's while it can be sent. */
function requireOpenFor(app: ApplicationRow, type: DocumentType) {
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

/** A file of this case's documents (a message's files have routes of their own). */
const ofDocument = (app: ApplicationRow, file: AttachmentRow): file is DocumentFile =>
  file.applicationId === app.id && !isMessageFile(file);

/** The authority sees a file once a submitted document holds it; the applicant sees every file of the case. */
const visibleTo = (p: Principal, app: ApplicationRow, file: AttachmentRow) =>
  file.lockedAt !== null || actsAs(p, app, 'applicant');

/** Files on an application and a report's accounts (seed 003): upload, scan state, download, deletion. */
export function attachmentHandlers(ctx: AppContext) {
  async function visibleFile(p: Principal, applicationId: string, attachmentId: string) {
    const app = requireAccess(p, await findApplication(ctx.db, applicationId), 'reader');
    const file = await findAttachment(ctx.db, attachmentId);
    if (!file || !ofDocument(app, file) || !visibleTo(p, app, file)) throw notFound();
    return { app, file };
  }

  return handlers({
    uploadAttachment: async ({ principal: p, params, query, body, request }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      requireOpenFor(app, query.for);
      const stored = await storeUpload(
        ctx,
        { principal: p, app, documentType: query.for, fileName: query.fileName },
        body(),
        request.headers['content-length'],
      );
      return { status: 201, body: fileView(stored) };
    },

    listAttachments: async ({ principal: p, params }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      const files = (await listAttachments(ctx.db, app.id)).filter(
        (f): f is DocumentFile => ofDocument(app, f) && visibleTo(p, app, f),
      );
      return { status: 200, body: { items: files.map(fileView) } };
    },

    getAttachment: async ({ principal: p, params }) => {
      const { file } = await visibleFile(p, params.applicationId, params.attachmentId);
      return { status: 200, body: fileView(file) };
    },

    downloadAttachment: async ({ principal: p, params }) => {
      const { app, file } = await visibleFile(p, params.applicationId, params.attachmentId);
      return downloadFile(ctx, p, app, file);
    },

    deleteAttachment: async ({ principal: p, params }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      const file = await findAttachment(ctx.db, params.attachmentId);
      if (!file || !ofDocument(app, file)) throw notFound();
      if (file.lockedAt)
        throw conflict('ATTACHMENT_LOCKED', 'Filen er del av et innsendt dokument og kan ikke slettes.');
      if (
        file.documentType === 'application' &&
        attachmentReferences(app.document).some((r) => r.id === file.id)
      )
        throw conflict('ATTACHMENT_IN_USE', 'Utkastet viser til filen: fjern den fra søknaden først.');
      await removeAttachment(ctx.db, file.id);
      await auditFile(ctx, app, actorOf(p), 'attachment-delete', file);
      return { status: 200, body: fileView(file) };
    },
  });
}
