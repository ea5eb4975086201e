import { randomUUID } from 'node:crypto';
import { type Application, findCall, SIGNER_ROLES } from '@sosialtilskudd/domain';
import { applicationFileName, renderApplicationPdf } from '@sosialtilskudd/letters';
import { ACCESS_MATRIX, caseScopeOf, requireAccess } from '../auth/access.js';
import { actorOf } from '../auth/principal.js';
import { checkAttachmentReferences } from '../cases/attachment-references.js';
import { changedFields } from '../cases/changed-fields.js';
import { contextFor } from '../cases/history.js';
import { applyEvent, nextState, recordChange } from '../cases/lifecycle.js';
import { signingStatus } from '../cases/signing.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { checkedDocument, unsigned, withoutSignatures } from '../http/documents.js';
import { idempotencyKey, idempotently, type Outcome } from '../http/idempotency.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, HttpProblem, invalidDocument, issue } from '../http/problems.js';
import { revisionOf } from '../http/revision.js';
import { applicationView, etagOf, summaryView } from '../http/views.js';
import {
  findApplication,
  findApplicationWithHistory,
  insertApplication,
  listApplications,
  updateDraft,
} from '../repository/applications.js';
import { recordAudit } from '../repository/audit.js';
import { recordDraftRevision } from '../repository/draft-revisions.js';
import { type ApplicationRow, authorityKey } from '../repository/rows.js';
import { listVersions } from '../repository/versions.js';

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

/** § 7: sent only when both signers have signed what it says now (a change since voids a signature). */
function requireSigned(current: ApplicationRow) {
  const status = signingStatus(current);
  if (status.state === 'signed') return;
  const missing = status.required
    .filter((r) => !r.signature)
    .map((r) => r.roles.map((role) => SIGNER_ROLES[role].nb).join(' eller '));
  throw conflict(
    'SIGNATURES_MISSING',
    status.state === 'editing'
      ? 'Søknaden er ikke sendt til signering: send den til signering, så Nav-lederen og kommunedirektøren/rådmannen kan signere (§ 7).'
      : `Søknaden mangler signatur fra ${missing.join(' og ')} (§ 7).`,
  );
}

/** The Nav office's applications: drafts, submission, withdrawal and corrections (§ 7). */
export function applicationHandlers(ctx: AppContext) {
  const withEtag = <S extends 200 | 201>(status: S, row: ApplicationRow) => ({
    status,
    body: applicationView(row),
    headers: { ETag: etagOf(row) },
  });

  return handlers({
    listApplications: async ({ principal: p, query: { state, callId, limit = 50, cursor } }) => {
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const rows = await listApplications(ctx.db, caseScopeOf(p), { state, callId }, limit + 1, after);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return {
        status: 200,
        body: { items: rows.slice(0, limit).map(summaryView), nextCursor: last ? encodeCursor(last) : null },
      };
    },

    createApplication: async ({ principal: p, body }) => {
      if (!ACCESS_MATRIX.drafter.includes(p.role))
        throw forbidden('Søknaden skrives av de ansatte ved Nav-kontoret (§ 4, § 7).');
      const doc = withoutSignatures(body(), 'gis i signeringen (POST …/signatures), ikke i utkastet');
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
        await recordAudit(tx, created, {
          at: now,
          actor: actorOf(p),
          action: 'create',
          fromState: null,
          toState: 'draft',
          detail: null,
        });
        await recordDraftRevision(tx, {
          applicationId: created.id,
          revision: created.revision,
          applied: true,
          savedAt: now,
          savedBy: actorOf(p),
          changedFields: { fields: [], more: 0 },
          document: doc,
        });
        return created;
      });
      return withEtag(201, row);
    },

    getApplication: async ({ principal: p, params }) =>
      withEtag(200, requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader')),

    updateApplication: async ({ principal: p, params: { applicationId: id }, headers, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'drafter');
      if (current.state !== 'draft')
        throw conflict('APPLICATION_NOT_DRAFT', 'En innsendt søknad endres ikke; send en retting i stedet.');
      if (current.signingRequestedAt)
        throw conflict(
          'DRAFT_LOCKED',
          'Utkastet er sendt til signering og er låst. Åpne det for endring først (DELETE …/signing); da faller signaturene som er gitt, bort.',
        );
      const doc = withoutSignatures(body(), 'gis i signeringen (POST …/signatures), ikke i utkastet');
      sameIdentity(current.document, doc);
      await checkAttachmentReferences(ctx.db, id, doc, false);
      const ifMatch = headers['If-Match'];
      const revision = ifMatch.trim() === '*' ? current.revision : revisionOf(ifMatch);
      const now = ctx.now();
      // The change and the record of who made which change are one.
      const row =
        revision === undefined
          ? undefined
          : await ctx.db.transaction(async (tx) => {
              const updated = await updateDraft(tx, id, revision, doc, authorityKey(doc.addressee), now);
              if (updated)
                await recordDraftRevision(tx, {
                  applicationId: id,
                  revision: updated.revision,
                  applied: true,
                  savedAt: now,
                  savedBy: actorOf(p),
                  changedFields: changedFields(current.document, doc),
                  document: doc,
                });
              return updated;
            });
      if (!row)
        throw new HttpProblem(
          412,
          'ETAG_MISMATCH',
          'Utkastet er endret av noen andre',
          'Hent utkastet på nytt og gjør endringen der.',
        );
      return withEtag(200, row);
    },

    submitApplication: async ({ principal: p, params: { applicationId: id }, headers }) => {
      const key = idempotencyKey(headers['Idempotency-Key']);
      // One read (the case with its rules' history) and one write: the write only succeeds on the revision that
      // was read and validated.
      const submit = async (db: Queryable) => {
        const current = requireAccess(p, await findApplicationWithHistory(db, id), 'drafter');
        nextState(current, 'submit');
        requireSigned(current);
        const now = ctx.now();
        const stamped = { ...current.document, submittedAt: now.toISOString() };
        const { document: doc, notChecked } = checkedDocument(stamped, 'application', current.history);
        // Only a document with attachments costs a read more.
        const attachments = await checkAttachmentReferences(db, id, doc, true);
        const row = await applyEvent(db, current, 'submit', actorOf(p), now, {
          submitted: {
            document: doc,
            version: 1,
            reason: 'submitted',
            submittedAt: now,
            numberInYear: findCall(doc.callId)?.year ?? now.getUTCFullYear(),
            notChecked,
            attachments,
          },
        });
        return { status: 200, body: applicationView(row) } as Outcome;
      };
      const outcome = key
        ? await idempotently(ctx.db, p.sub, key, `submit ${id}`, null, submit)
        : await submit(ctx.db);
      const body = outcome.body as ReturnType<typeof applicationView>;
      return {
        status: 200,
        body,
        headers: { ETag: body.etag, ...(outcome.replayed ? { 'Idempotency-Replayed': 'true' } : {}) },
      };
    },

    withdrawApplication: async ({ principal: p, params: { applicationId: id } }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'drafter');
      return withEtag(200, await applyEvent(ctx.db, current, 'withdraw', actorOf(p), ctx.now()));
    },

    correctApplication: async ({ principal: p, params: { applicationId: id }, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'drafter');
      if (current.state !== 'submitted')
        throw conflict('CORRECTION_NOT_ALLOWED', 'Bare en innsendt søknad som ikke er avgjort, kan rettes.');
      const corrected = body();
      sameIdentity(current.document, corrected);
      // The correction keeps the first submission's time (the deadline was met then) and the signatures the server
      // recorded, whatever the client sent: they were given to the first version, and verify shows them void for
      // a changed content, since a correction is not signed again.
      const stamped = {
        ...unsigned(corrected),
        signatures: current.document.signatures,
        submittedAt: current.document.submittedAt,
      };
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
      return withEtag(200, row);
    },

    listApplicationVersions: async ({ principal: p, params: { applicationId: id } }) => {
      requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const versions = await listVersions(ctx.db, id);
      return {
        status: 200,
        body: { items: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) },
      };
    },

    getApplicationPdf: async ({
      principal: p,
      params: { applicationId: id },
      query: { language = 'nb' },
    }) => {
      const current = requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const caseNumber = current.caseNumber;
      if (!caseNumber)
        throw conflict('APPLICATION_NOT_SUBMITTED', 'Søknaden er ikke sendt inn; et utkast har ingen kopi.');
      const pdf = await renderApplicationPdf({ application: current.document, caseNumber }, language);
      return {
        status: 200,
        body: pdf,
        headers: { 'Content-Disposition': `inline; filename="${applicationFileName(caseNumber, language)}"` },
      };
    },
  });
}
