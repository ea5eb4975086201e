import type { GrantLetter, RejectionLetter } from '@sosialtilskudd/domain';
import { LetterValidationError, letterFileName, renderLetterPdf } from '@sosialtilskudd/letters';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { contextFor } from '../cases/history.js';
import { applyEvent, recordChange } from '../cases/lifecycle.js';
import { fileDocument } from '../cases/records.js';
import { requireDecisionReference } from '../cases/references.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { conflict, HttpProblem, notFound, toIssues } from '../http/problems.js';
import { applicationView, auditView, etagOf, recordView } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import { listAudit } from '../repository/audit.js';
import { latestDocument } from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';

const LETTER_TYPES = ['grant-letter', 'rejection-letter'] as const;

/**
 * The county office's (or, for national trials, the directorate's) handling: assign, write the letter after the
 * approved decision (routes/approvals.ts), lapse, close.
 */
export function caseHandlingHandlers(ctx: AppContext) {
  const withEtag = (row: ApplicationRow) =>
    ({ status: 200, body: applicationView(row), headers: { ETag: etagOf(row) } }) as const;

  /** § 13 (the grant lapses) and § 11 (reporting approved): the county office's own acts, with no document. */
  const act =
    (event: 'lapse' | 'close') =>
    async ({ principal: p, params }: { principal: Principal; params: { applicationId: string } }) => {
      const current = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'handler');
      return withEtag(await applyEvent(ctx.db, current, event, actorOf(p), ctx.now()));
    };

  return handlers({
    assignApplication: async ({ principal: p, params: { applicationId: id }, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'handler');
      const { caseworker } = body();
      const row = await recordChange(
        ctx.db,
        current,
        { caseworker },
        { actor: actorOf(p), action: 'assign', detail: { caseworker } },
        ctx.now(),
      );
      return withEtag(row);
    },

    lapseGrant: act('lapse'),
    closeCase: act('close'),

    issueLetter: async ({ principal: p, params: { applicationId: id }, body }) => {
      const record = await ctx.db.transaction(async (tx) => {
        const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
        const letter = body();
        const type = letter.documentType;
        if (current.state !== (type === 'grant-letter' ? 'granted' : 'rejected'))
          throw conflict(
            'LETTER_DOES_NOT_MATCH_DECISION',
            'Tilskuddsbrev skrives etter innvilgelse og avslagsbrev etter avslag, før bekreftelsen (§ 8).',
          );
        if (await latestDocument(tx, id, LETTER_TYPES))
          throw conflict('LETTER_ALREADY_ISSUED', 'Brevet er allerede utstedt.');
        const doc = validDocument(letter, type, await contextFor(tx, type, id, current.document));
        requireDecisionReference(current, doc);
        return fileDocument(tx, current, {
          type,
          document: doc,
          actor: actorOf(p),
          now: ctx.now(),
          action: 'letter',
          detail: { letterId: doc.id, documentType: type },
        });
      });
      return { status: 201, body: recordView(record) };
    },

    getLetter: async ({ principal: p, params: { applicationId: id } }) => {
      requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const letter = await latestDocument<GrantLetter | RejectionLetter>(ctx.db, id, LETTER_TYPES);
      if (!letter) throw notFound();
      return { status: 200, body: recordView(letter) };
    },

    getLetterPdf: async ({ principal: p, params: { applicationId: id }, query: { language = 'nb' } }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const letter = await latestDocument<GrantLetter | RejectionLetter>(ctx.db, id, LETTER_TYPES);
      if (!letter) throw notFound();
      const pdf = await renderLetterPdf(letter.document, {
        language,
        context: { application: current.document },
      }).catch((error: unknown) => {
        if (error instanceof LetterValidationError)
          throw new HttpProblem(
            409,
            error.code,
            'Brevet kan ikke lages',
            error.message,
            toIssues(error.issues),
          );
        throw error;
      });
      return {
        status: 200,
        body: pdf,
        headers: { 'Content-Disposition': `inline; filename="${letterFileName(letter.document, language)}"` },
      };
    },

    getAuditLog: async ({ principal: p, params: { applicationId: id } }) => {
      requireAccess(p, await findApplication(ctx.db, id), 'auditor');
      return { status: 200, body: { items: (await listAudit(ctx.db, id)).map(auditView) } };
    },
  });
}
