import { randomUUID } from 'node:crypto';
import { fileView } from '../attachments/file-transfer.js';
import { requireAccess } from '../auth/access.js';
import { actorOf } from '../auth/principal.js';
import { checkReferences } from '../cases/attachment-references.js';
import { seesMessageFile } from '../cases/message-files.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { findApplication } from '../repository/applications.js';
import {
  type AttachmentRow,
  isMessageFile,
  listAttachments,
  lockAttachments,
  type MessageFile,
} from '../repository/attachments.js';
import { recordAudit } from '../repository/audit.js';
import { insertMessage, listMessages, type MessageRow } from '../repository/messages.js';
import { requireMessageWriter } from './message-attachments.js';

/** The message files among a case's files that `keep` accepts, by id. */
const messageFiles = (files: readonly AttachmentRow[], keep: (f: MessageFile) => boolean) =>
  new Map(files.filter((f): f is MessageFile => isMessageFile(f) && keep(f)).map((f) => [f.id, f]));

/** A message as the API shows it, with the files it was sent with. */
const messageView = (m: MessageRow, files: ReadonlyMap<string, MessageFile>) => {
  const { attachmentIds, ...rest } = m;
  return { ...rest, attachments: attachmentIds.flatMap((id) => files.get(id) ?? []).map(fileView) };
};

/** Messages between the Nav office and the authority that handles its case; each is audited and an event. */
export function messageHandlers(ctx: AppContext) {
  return handlers({
    listCaseMessages: async ({ principal: p, params: { applicationId: id } }) => {
      const app = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const [messages, files] = await Promise.all([
        listMessages(ctx.db, app.id),
        listAttachments(ctx.db, app.id),
      ]);
      const sent = messageFiles(files, (f) => f.lockedAt !== null && seesMessageFile(p, app, f));
      return { status: 200, body: { items: messages.map((m) => messageView(m, sent)) } };
    },

    sendCaseMessage: async ({ principal: p, params: { applicationId: id }, body }) => {
      const seen = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const from = requireMessageWriter(p, seen);
      const { body: text, attachments = [] } = body();
      const now = ctx.now();
      const { message, files } = await ctx.db.transaction(async (tx) => {
        // Under the case's row lock, so the message's event takes the case's next number.
        const app = (await findApplication(tx, id, true)) ?? seen;
        const attachmentIds = await checkReferences(
          tx,
          app.id,
          [{ references: attachments, path: ['attachments'] }],
          { documentType: 'message', usable: (f) => seesMessageFile(p, app, f) },
          true,
        );
        await lockAttachments(tx, attachmentIds, now);
        const stored = await insertMessage(tx, {
          id: randomUUID(),
          applicationId: app.id,
          from,
          author: actorOf(p),
          body: text,
          sentAt: now,
          attachmentIds,
        });
        await recordAudit(tx, app, {
          at: now,
          actor: actorOf(p),
          action: 'message',
          fromState: app.state,
          toState: app.state,
          detail: { documentId: stored.id, documentType: 'message', from, attachments },
        });
        const files = messageFiles(await listAttachments(tx, app.id), (f) => attachmentIds.includes(f.id));
        return { message: stored, files };
      });
      return { status: 201, body: messageView(message, files) };
    },
  });
}
