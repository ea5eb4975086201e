import { addSignature, type DocumentSignature, SIGNER_ROLES, verifySignatures } from '@sosialtilskudd/domain';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { signerOf } from '../auth/signer.js';
import { checkAttachmentReferences } from '../cases/attachment-references.js';
import { changedFields } from '../cases/changed-fields.js';
import { contextFor } from '../cases/history.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { checkedDocument, unsigned, wellFormed } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, HttpProblem, notFound } from '../http/problems.js';
import { revisionOf } from '../http/revision.js';
import { applicationView, etagOf } from '../http/views.js';
import { addSignOffNotices, requireOnePerRole } from '../notices/sign-off.js';
import { type CaseChange, changeApplication, findApplication } from '../repository/applications.js';
import { findDraftRevision, listDraftRevisions, recordDraftRevision } from '../repository/draft-revisions.js';
import type { ApplicationRow } from '../repository/rows.js';

const changedMeanwhile = () =>
  new HttpProblem(
    412,
    'ETAG_MISMATCH',
    'Utkastet er endret av noen andre',
    'Hent utkastet på nytt, se hva som er endret, og send det til signering igjen.',
  );

const voided = (signatures: readonly DocumentSignature[] | undefined) =>
  (signatures ?? []).map((s) =>
    s.kind === 'recorded'
      ? { role: s.role, name: s.signer.name, signedAt: s.signedAt }
      : { role: s.role, name: s.name },
  );

/** Sign-off (§ 7) and the draft's history: who changed what and when. */
export function signingHandlers(ctx: AppContext) {
  const reply = <S extends 200 | 201>(status: S, row: ApplicationRow | undefined) => {
    if (!row) throw changedMeanwhile();
    return { status, body: applicationView(row), headers: { ETag: etagOf(row) } };
  };
  // Through the one audited write (changeApplication): the change, its audit entry and its outbox event together.
  const change = (
    current: ApplicationRow,
    p: Principal,
    signing: NonNullable<CaseChange['signing']>,
    action: string,
    detail: Record<string, unknown>,
    db: Queryable = ctx.db,
  ) => changeApplication(db, current, { signing }, { actor: actorOf(p), action, detail }, ctx.now());

  return handlers({
    requestSigning: async ({ principal: p, params, headers, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      if (current.state !== 'draft')
        throw conflict('APPLICATION_NOT_DRAFT', 'Bare et utkast sendes til signering.');
      if (current.signingRequestedAt)
        throw conflict('SIGNING_ALREADY_REQUESTED', 'Utkastet er allerede sendt til signering.');
      if (revisionOf(headers['If-Match']) !== current.revision) throw changedMeanwhile();
      const notify = body()?.notify ?? [];
      requireOnePerRole(notify);
      const doc = unsigned(current.document);
      // What the signers are asked to sign must be complete: every rule, as at submission, but for the time (a
      // draft's submittedAt is only a client's word; the server stamps its own when the application is sent).
      const { submittedAt: _notYet, ...content } = doc;
      checkedDocument(content, 'application', await contextFor(ctx.db, 'application', current.id, content));
      await checkAttachmentReferences(ctx.db, current.id, doc, false);
      const now = ctx.now();
      // The signers' notices commit with the request, or neither does.
      const row = await ctx.db.transaction(async (tx) => {
        const requested = await change(
          current,
          p,
          { document: doc, requestedAt: now, requestedBy: actorOf(p) },
          'signing-requested',
          { documentSha256: verifySignatures(doc).digest, notified: notify.map((n) => n.role) },
          tx,
        );
        if (requested) await addSignOffNotices(tx, requested, notify, ctx.portalUrl, now);
        return requested;
      });
      return reply(200, row);
    },

    cancelSigning: async ({ principal: p, params }) => {
      const current = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'applicant');
      if (current.state !== 'draft' || !current.signingRequestedAt)
        throw conflict('SIGNING_NOT_REQUESTED', 'Utkastet er ikke sendt til signering.');
      const row = await change(
        current,
        p,
        { document: unsigned(current.document), requestedAt: null, requestedBy: null },
        'signing-cancelled',
        { voidedSignatures: voided(current.document.signatures) },
      );
      return reply(200, row);
    },

    signApplication: async ({ principal: p, params, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'signer');
      if (current.state !== 'draft' || !current.signingRequestedAt)
        throw conflict('SIGNING_NOT_REQUESTED', 'Søknaden er ikke sendt til signering.');
      const signer = signerOf(p, current, ctx.now());
      if (!signer) throw forbidden('Rollen din signerer ikke søknaden.');
      const verification = verifySignatures(current.document);
      const group = verification.required.find((r) => r.roles.includes(signer.role));
      if (group?.signature)
        throw conflict('ALREADY_SIGNED', `${SIGNER_ROLES[signer.role].nb} har allerede signert søknaden.`);
      if (
        verification.signatures.some(
          (c) => c.signature.kind === 'recorded' && c.signature.signer.subject === p.sub,
        )
      )
        throw conflict(
          'SIGNATURE_SAME_PERSON',
          'Du har allerede signert søknaden i en annen rolle (§ 7: to personer).',
        );
      if (body().documentSha256 !== verification.digest)
        throw conflict(
          'DOCUMENT_CHANGED',
          'Søknaden er ikke lenger den du leste: hent den på nytt og les den før du signerer.',
        );
      const now = ctx.now();
      const signedDoc = addSignature(current.document, signer, now.toISOString());
      const row = await change(
        current,
        p,
        {
          document: signedDoc,
          requestedAt: current.signingRequestedAt,
          requestedBy: current.signingRequestedBy,
        },
        'signed',
        { role: signer.role, documentSha256: verification.digest },
      );
      return reply(201, row);
    },

    listDraftRevisions: async ({ principal: p, params }) => {
      requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      const items = await listDraftRevisions(ctx.db, params.applicationId);
      return { status: 200, body: { items: items.map(revisionView) } };
    },

    getDraftRevision: async ({ principal: p, params }) => {
      requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      const found = await findDraftRevision(ctx.db, params.applicationId, params.revisionId);
      if (!found) throw notFound();
      return { status: 200, body: { ...revisionView(found), document: found.document } };
    },

    keepDraftRevision: async ({ principal: p, params, body }) => {
      const current = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'drafter');
      if (current.state !== 'draft')
        throw conflict('APPLICATION_NOT_DRAFT', 'Bare et utkast har lagrede versjoner.');
      const { basedOn, document } = body();
      const doc = unsigned(wellFormed(document, 'application'));
      const basis = revisionOf(basedOn) ?? current.revision;
      const revision = {
        applicationId: current.id,
        revision: basis,
        applied: false,
        savedAt: ctx.now(),
        savedBy: actorOf(p),
        changedFields: changedFields(current.document, doc),
        document: doc,
      };
      const id = await recordDraftRevision(ctx.db, revision);
      return { status: 201, body: revisionView({ ...revision, id }) };
    },
  });
}

function revisionView(r: Awaited<ReturnType<typeof listDraftRevisions>>[number]) {
  return {
    id: r.id,
    revision: r.revision,
    applied: r.applied,
    savedAt: new Date(r.savedAt).toISOString(),
    savedBy: r.savedBy,
    changedFields: r.changedFields.fields,
    moreFields: r.changedFields.more,
  };
}
