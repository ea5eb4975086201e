import { randomUUID } from 'node:crypto';
import { actsAs, isHandler, requireAccess } from '../auth/access.js';
import { actorOf } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden } from '../http/problems.js';
import { findApplication } from '../repository/applications.js';
import { recordAudit } from '../repository/audit.js';
import { insertMessage, listMessages } from '../repository/messages.js';

/** Messages between the Nav office and the authority that handles its case; each is audited and an event. */
export function messageHandlers(ctx: AppContext) {
  return handlers({
    listCaseMessages: async ({ principal: p, params: { applicationId: id } }) => {
      const app = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      return { status: 200, body: { items: await listMessages(ctx.db, app.id) } };
    },

    sendCaseMessage: async ({ principal: p, params: { applicationId: id }, body }) => {
      const seen = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const from = actsAs(p, seen, 'drafter') ? 'applicant' : isHandler(p, seen) ? 'handler' : undefined;
      if (!from)
        throw forbidden(
          'Bare Nav-kontoret som har søkt og statsforvalteren som behandler saken, skriver meldinger.',
        );
      if (seen.state === 'draft')
        throw conflict('CASE_NOT_SUBMITTED', 'Meldinger kan sendes etter at søknaden er sendt inn.');
      const text = body().body;
      const now = ctx.now();
      const message = await ctx.db.transaction(async (tx) => {
        // Under the case's row lock, so the message's event takes the case's next number.
        const app = (await findApplication(tx, id, true)) ?? seen;
        const stored = await insertMessage(tx, {
          id: randomUUID(),
          applicationId: app.id,
          from,
          author: actorOf(p),
          body: text,
          sentAt: now,
        });
        await recordAudit(tx, app, {
          at: now,
          actor: actorOf(p),
          action: 'message',
          fromState: app.state,
          toState: app.state,
          detail: { documentId: stored.id, documentType: 'message', from },
        });
        return stored;
      });
      return { status: 201, body: message };
    },
  });
}
