import type { GrantLetter, RejectionLetter } from '@sosialtilskudd/domain';
import {
  isLetterLanguage,
  type LetterLanguage,
  LetterValidationError,
  letterFileName,
  renderLetterPdf,
} from '@sosialtilskudd/letters';
import type { FastifyInstance } from 'fastify';
import { requireAccess, requireAuditReader } from '../auth/access.js';
import { actorOf } from '../auth/principal.js';
import { contextFor } from '../cases/history.js';
import { applyEvent, nextState, recordChange } from '../cases/lifecycle.js';
import { fileDocument } from '../cases/records.js';
import { requireDecisionReference } from '../cases/references.js';
import { type AppContext, idParam, send } from '../http/context.js';
import { singleTextField, validDocument } from '../http/documents.js';
import { idempotencyKey, idempotently } from '../http/idempotency.js';
import { badRequest, conflict, HttpProblem, notFound, toIssues } from '../http/problems.js';
import { applicationView, auditView, etagOf, recordView } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import { listAudit } from '../repository/audit.js';
import { latestDocument } from '../repository/documents.js';

const LETTER_TYPES = ['grant-letter', 'rejection-letter'] as const;

/** ?language=nb|nn: the written standard of the letter's fixed texts. */
function letterLanguage(query: unknown): LetterLanguage {
  const { language = 'nb', ...rest } = (query ?? {}) as Record<string, unknown>;
  if (Object.keys(rest).length || !isLetterLanguage(language))
    throw badRequest('INVALID_QUERY', 'language må være nb eller nn');
  return language;
}

/** The county office's (or, for national trials, the directorate's) handling: assign, decide, write the letter. */
export function caseHandlingRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post(
    '/v1/applications/:applicationId/assignment',
    { config: { body: true } },
    async (request, reply) => {
      const p = await ctx.authenticate(request);
      const id = idParam(request);
      const current = requireAccess(p, await findApplication(ctx.db, id), 'handler');
      const caseworker = singleTextField(request.body, 'caseworker', 'Saksbehandler');
      const row = await recordChange(
        ctx.db,
        current,
        { caseworker },
        { actor: actorOf(p), action: 'assign', detail: { caseworker } },
        ctx.now(),
      );
      return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
    },
  );

  // § 13 (the grant lapses) and § 11 (reporting approved): the county office's own acts, with no document.
  for (const event of ['lapse', 'close'] as const)
    app.post(`/v1/applications/:applicationId/${event}`, async (request, reply) => {
      const p = await ctx.authenticate(request);
      const current = requireAccess(p, await findApplication(ctx.db, idParam(request)), 'handler');
      const row = await applyEvent(ctx.db, current, event, actorOf(p), ctx.now());
      return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
    });

  app.post('/v1/applications/:applicationId/decision', { config: { body: true } }, async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const key = idempotencyKey(request.headers['idempotency-key']);
    const outcome = await idempotently(ctx.db, p.sub, key, `decide ${id}`, request.body, async (tx) => {
      const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
      // Refuse a decided case before reading the body: the lifecycle, not the document, says no.
      nextState(current, 'grant');
      const context = await contextFor(tx, 'case-decision', id, current.document);
      const doc = validDocument(request.body, 'case-decision', context);
      requireDecisionReference(current, doc);
      const record = await fileDocument(tx, current, {
        type: 'case-decision',
        document: doc,
        actor: actorOf(p),
        now: ctx.now(),
        event: doc.outcome.result === 'granted' ? 'grant' : 'reject',
        detail: {
          decisionId: doc.id,
          ...(doc.outcome.result === 'granted'
            ? { amount: doc.outcome.amount }
            : { reasons: doc.outcome.reasons }),
        },
      });
      return { status: 201, body: recordView(record) };
    });
    return send(reply, outcome);
  });

  app.post('/v1/applications/:applicationId/letter', { config: { body: true } }, async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const record = await ctx.db.transaction(async (tx) => {
      const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
      const type =
        (request.body as { documentType?: unknown } | null)?.documentType === 'rejection-letter'
          ? 'rejection-letter'
          : 'grant-letter';
      if (current.state !== (type === 'grant-letter' ? 'granted' : 'rejected'))
        throw conflict(
          'LETTER_DOES_NOT_MATCH_DECISION',
          'Tilskuddsbrev skrives etter innvilgelse og avslagsbrev etter avslag, før bekreftelsen (§ 8).',
        );
      if (await latestDocument(tx, id, LETTER_TYPES))
        throw conflict('LETTER_ALREADY_ISSUED', 'Brevet er allerede utstedt.');
      const doc = validDocument(request.body, type, await contextFor(tx, type, id, current.document));
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
    return send(reply, { status: 201, body: recordView(record) });
  });

  app.get('/v1/applications/:applicationId/letter', async (request) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    requireAccess(p, await findApplication(ctx.db, id), 'reader');
    const letter = await latestDocument(ctx.db, id, LETTER_TYPES);
    if (!letter) throw notFound();
    return recordView(letter);
  });

  app.get('/v1/applications/:applicationId/letter/pdf', async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const language = letterLanguage(request.query);
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
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="${letterFileName(letter.document, language)}"`)
      .send(Buffer.from(pdf));
  });

  app.get('/v1/applications/:applicationId/audit', async (request) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    requireAuditReader(p, await findApplication(ctx.db, id));
    return { items: (await listAudit(ctx.db, id)).map(auditView) };
  });
}
