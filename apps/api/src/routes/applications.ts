import { randomUUID } from 'node:crypto';
import { type Application, CASE_STATES, findCall } from '@sosialtilskudd/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { contextFor } from '../cases/history.js';
import { applyEvent, nextState, recordChange } from '../cases/lifecycle.js';
import type { Queryable } from '../db/database.js';
import { type AppContext, idParam, send } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { checkedDocument, draftDocument } from '../http/documents.js';
import { idempotencyKey, idempotently } from '../http/idempotency.js';
import { badRequest, conflict, forbidden, HttpProblem, invalidDocument, issue } from '../http/problems.js';
import { applicationView, etagOf, summaryView } from '../http/views.js';
import {
  findApplication,
  insertApplication,
  type ListScope,
  listApplications,
  updateDraft,
} from '../repository/applications.js';
import { recordAudit } from '../repository/audit.js';
import { authorityKey } from '../repository/rows.js';
import { listVersions } from '../repository/versions.js';

function scopeOf(p: Principal): ListScope {
  if (p.role === 'nav-office') return { kind: 'office', organisationNumber: p.organisationNumber ?? '' };
  if (p.role === 'county-caseworker')
    return { kind: 'authority', authority: `county-office:${p.countyOfficeId}` };
  return { kind: 'all' };
}

function listQuery(request: FastifyRequest) {
  const { state, callId, limit = '50', cursor, ...rest } = request.query as Record<string, unknown>;
  const bad = (detail: string) => badRequest('INVALID_QUERY', detail);
  if (Object.keys(rest).length) throw bad(`Ukjente parametere: ${Object.keys(rest).join(', ')}`);
  if (state !== undefined && !(CASE_STATES as readonly unknown[]).includes(state))
    throw bad(`state må være en av ${CASE_STATES.join(', ')}`);
  if (callId !== undefined && (typeof callId !== 'string' || callId.length > 64))
    throw bad('callId er ugyldig');
  if (typeof limit !== 'string' || !/^\d{1,3}$/.test(limit) || +limit < 1 || +limit > 500)
    throw bad('limit må være et heltall fra 1 til 500');
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor.length > 200))
    throw bad('cursor er ugyldig: send nextCursor fra forrige side uendret');
  return {
    filter: { state: state as string | undefined, callId },
    limit: +limit,
    after: cursor === undefined ? undefined : decodeCursor(cursor),
  };
}

/** "r12" from If-Match: "r12"; undefined for anything else, which then matches no revision. */
function revisionOf(ifMatch: unknown): number | undefined {
  if (typeof ifMatch !== 'string') return undefined;
  const m = /^(?:W\/)?"r(\d{1,9})"$/.exec(ifMatch.trim());
  return m ? Number(m[1]) : undefined;
}

/** A correction or a draft edit may not move the application to another office or another case. */
function sameIdentity(before: Application, after: Application) {
  const changed = [
    ...(after.applicant.organisationNumber !== before.applicant.organisationNumber
      ? [issue('APPLICANT_CHANGED', '/applicant/organisationNumber', 'Organisasjonsnummer: kan ikke endres')]
      : []),
    ...(after.id !== before.id ? [issue('DOCUMENT_ID_CHANGED', '/id', 'Søknadens id: kan ikke endres')] : []),
  ];
  if (changed.length) throw invalidDocument(changed);
}

/** The Nav office's applications: drafts, submission, withdrawal and corrections (§ 7). */
export function applicationRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/applications', async (request) => {
    const p = await ctx.authenticate(request);
    const { filter, limit, after } = listQuery(request);
    const rows = await listApplications(ctx.db, scopeOf(p), filter, limit + 1, after);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      items: rows.slice(0, limit).map(summaryView),
      nextCursor: last ? encodeCursor(last) : null,
    };
  });

  app.post('/v1/applications', { config: { body: true } }, async (request, reply) => {
    const p = await ctx.authenticate(request);
    if (p.role !== 'nav-office') throw forbidden('Bare Nav-kontorer kan søke (§ 4).');
    const doc = draftDocument(request.body);
    if (doc.applicant.organisationNumber !== p.organisationNumber)
      throw forbidden('Du kan bare søke for ditt eget Nav-kontor.');
    const now = ctx.now();
    const row = await ctx.db.transaction(async (tx) => {
      const created = await insertApplication(
        tx,
        {
          id: randomUUID(),
          organisationNumber: doc.applicant.organisationNumber,
          authority: authorityKey(doc.addressee),
          callId: doc.callId,
          document: doc,
        },
        now,
      );
      await recordAudit(tx, {
        applicationId: created.id,
        at: now,
        actor: actorOf(p),
        action: 'create',
        fromState: null,
        toState: 'draft',
        detail: null,
      });
      return created;
    });
    return send(reply, { status: 201, body: applicationView(row) }, etagOf(row));
  });

  app.get('/v1/applications/:applicationId', async (request, reply) => {
    const p = await ctx.authenticate(request);
    const row = requireAccess(p, await findApplication(ctx.db, idParam(request)), 'reader');
    return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
  });

  app.put('/v1/applications/:applicationId', { config: { body: true } }, async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const ifMatch = request.headers['if-match'];
    const current = requireAccess(p, await findApplication(ctx.db, id), 'applicant');
    if (current.state !== 'draft')
      throw conflict('APPLICATION_NOT_DRAFT', 'En innsendt søknad endres ikke; send en retting i stedet.');
    if (ifMatch === undefined)
      throw new HttpProblem(428, 'IF_MATCH_REQUIRED', 'If-Match mangler', 'Send utkastets ETag i If-Match.');
    const doc = draftDocument(request.body);
    sameIdentity(current.document, doc);
    const revision = ifMatch.trim() === '*' ? current.revision : revisionOf(ifMatch);
    const row =
      revision === undefined
        ? undefined
        : await updateDraft(ctx.db, id, revision, doc, authorityKey(doc.addressee), ctx.now());
    if (!row)
      throw new HttpProblem(
        412,
        'ETAG_MISMATCH',
        'Utkastet er endret av noen andre',
        'Hent utkastet på nytt og gjør endringen der.',
      );
    return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
  });

  app.post('/v1/applications/:applicationId/submit', async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const key = idempotencyKey(request.headers['idempotency-key']);
    // One read and one write: the write only succeeds on the revision that was read and validated.
    const submit = async (db: Queryable) => {
      const current = requireAccess(p, await findApplication(db, id), 'applicant');
      nextState(current, 'submit');
      const now = ctx.now();
      const stamped = { ...current.document, submittedAt: now.toISOString() };
      const context = await contextFor(db, 'application', id, stamped);
      const { document: doc, notChecked } = checkedDocument(stamped, 'application', context);
      const row = await applyEvent(db, current, 'submit', actorOf(p), now, {
        submitted: {
          document: doc,
          version: 1,
          reason: 'submitted',
          submittedAt: now,
          numberInYear: findCall(doc.callId)?.year ?? now.getUTCFullYear(),
          notChecked,
        },
      });
      return { status: 200, body: applicationView(row) };
    };
    const outcome = key
      ? await idempotently(ctx.db, p.sub, key, `submit ${id}`, null, submit)
      : await submit(ctx.db);
    return send(reply, outcome, (outcome.body as { etag: string }).etag);
  });

  app.post('/v1/applications/:applicationId/withdraw', async (request, reply) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    const current = requireAccess(p, await findApplication(ctx.db, id), 'applicant');
    const row = await applyEvent(ctx.db, current, 'withdraw', actorOf(p), ctx.now());
    return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
  });

  app.post(
    '/v1/applications/:applicationId/corrections',
    { config: { body: true } },
    async (request, reply) => {
      const p = await ctx.authenticate(request);
      const id = idParam(request);
      const current = requireAccess(p, await findApplication(ctx.db, id), 'applicant');
      if (current.state !== 'submitted')
        throw conflict('CORRECTION_NOT_ALLOWED', 'Bare en innsendt søknad som ikke er avgjort, kan rettes.');
      const corrected = draftDocument(request.body);
      sameIdentity(current.document, corrected);
      // The correction keeps the first submission's time: the deadline was met then.
      const stamped = { ...corrected, submittedAt: current.document.submittedAt };
      const context = await contextFor(ctx.db, 'application', id, stamped);
      const { document: doc, notChecked } = checkedDocument(stamped, 'application', context);
      if (authorityKey(doc.addressee) !== current.authority)
        throw invalidDocument([
          issue('ADDRESSEE_CHANGED', '/addressee', 'Mottaker: kan ikke endres etter innsending'),
        ]);
      const now = ctx.now();
      const version = current.version + 1;
      const row = await recordChange(
        ctx.db,
        current,
        {
          submitted: {
            document: doc,
            version,
            reason: 'correction',
            submittedAt: current.submittedAt ?? now,
            notChecked,
          },
        },
        { actor: actorOf(p), action: 'correction', detail: { version } },
        now,
      );
      return send(reply, { status: 200, body: applicationView(row) }, etagOf(row));
    },
  );

  app.get('/v1/applications/:applicationId/versions', async (request) => {
    const p = await ctx.authenticate(request);
    const id = idParam(request);
    requireAccess(p, await findApplication(ctx.db, id), 'reader');
    const versions = await listVersions(ctx.db, id);
    return { items: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) };
  });
}
