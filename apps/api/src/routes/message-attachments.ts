import { auditFile, downloadFile, fileView, storeUpload } from '../attachments/file-transfer.js';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { messagePartyOf, ownsMessageFile, seesMessageFile } from '../cases/message-files.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, notFound } from '../http/problems.js';
import { findApplication } from '../repository/applications.js';
import { findAttachment, removeAttachment } from '../repository/attachments.js';
import type { ApplicationRow } from '../repository/rows.js';

/** Only the two sides of the conversation write, and only once the application is submitted. */
export function requireMessageWriter(p: Principal, app: ApplicationRow) {
  const party = messagePartyOf(p, app);
  if (!party)
    throw forbidden(
      'Bare Nav-kontoret som har søkt og statsforvalteren som behandler saken, skriver meldinger.',
    );
  if (app.state === 'draft')
    throw conflict('CASE_NOT_SUBMITTED', 'Meldinger kan sendes etter at søknaden er sendt inn.');
  return party;
}

/** Files on messages: uploaded and scanned as a document's files are, seen by the other side once sent. */
export function messageAttachmentHandlers(ctx: AppContext) {
  async function visibleFile(p: Principal, applicationId: string, attachmentId: string) {
    const app = requireAccess(p, await findApplication(ctx.db, applicationId), 'reader');
    const file = await findAttachment(ctx.db, attachmentId);
    if (!file || !seesMessageFile(p, app, file)) throw notFound();
    return { app, file };
  }

  return handlers({
    uploadMessageAttachment: async ({ principal: p, params, query, body, request }) => {
      const app = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      requireMessageWriter(p, app);
      const stored = await storeUpload(
        ctx,
        { principal: p, app, documentType: 'message', fileName: query.fileName },
        body(),
        request.headers['content-length'],
      );
      return { status: 201, body: fileView(stored) };
    },

    getMessageAttachment: async ({ principal: p, params }) => {
      const { file } = await visibleFile(p, params.applicationId, params.attachmentId);
      return { status: 200, body: fileView(file) };
    },

    downloadMessageAttachment: async ({ principal: p, params }) => {
      const { app, file } = await visibleFile(p, params.applicationId, params.attachmentId);
      return downloadFile(ctx, p, app, file);
    },

    deleteMessageAttachment: async ({ principal: p, params }) => {
      const { app, file } = await visibleFile(p, params.applicationId, params.attachmentId);
      if (!ownsMessageFile(p, app, file)) throw notFound();
      if (file.lockedAt)
        throw conflict('ATTACHMENT_LOCKED', 'Filen er sendt med en melding og kan ikke slettes.');
      await removeAttachment(ctx.db, file.id);
      await auditFile(ctx, app, actorOf(p), 'attachment-delete', file);
      return { status: 200, body: fileView(file) };
    },
  });
}
