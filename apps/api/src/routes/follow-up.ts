import { addSignature, type CaseEvent, type DocumentOf, type TransferRequest } from '@sosialtilskudd/domain';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { signerOf } from '../auth/signer.js';
import { checkAttachmentReferences } from '../cases/attachment-references.js';
import { contextFor } from '../cases/history.js';
import { nextState } from '../cases/lifecycle.js';
import { fileDocument } from '../cases/records.js';
import { requireCaseReference } from '../cases/references.js';
import type { AppContext } from '../http/context.js';
import { validDocument, withoutSignatures } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, HttpProblem, invalidDocument, issue, notFound } from '../http/problems.js';
import { recordView } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import { lockAttachments } from '../repository/attachments.js';
import {
  type CaseDocumentType,
  currentDocuments,
  type DocumentRow,
  findDocument,
  latestDocument,
} from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';

interface FollowUp {
  type: Exclude<
    CaseDocumentType,
    'case-decision' | 'grant-letter' | 'rejection-letter' | 'assessment' | 'payment'
  >;
  party: 'drafter' | 'municipality' | 'handler';
  /** The lifecycle event the document causes, if any. */
  event?: CaseEvent;
  /**
   * Sent by the applicant and signed by the sender as they send it: submittedAt is the server's clock, not the
   * sender's word (deadlines depend on it, § 10, § 11), and the signature records who sent which content.
   */
  signedBySender?: boolean;
  /** History that must be on the case first; without it the domain would only skip the rules that need it. */
  requires?: { context: 'grantLetter' | 'statusReport'; code: string; detail: string };
}

const FOLLOW_UPS = {
  // § 10: signed and returned by a person with the municipality's authority.
  acceptGrant: {
    type: 'acceptance',
    party: 'municipality',
    event: 'accept',
    signedBySender: true,
    requires: {
      context: 'grantLetter',
      code: 'LETTER_NOT_ISSUED',
      detail: 'Bekreftelsen er skjemaet i tilskuddsbrevet, og sendes etter at brevet er utstedt (§ 10).',
    },
  },
  submitStatusReport: { type: 'status-report', party: 'drafter', event: 'report', signedBySender: true },
  submitFinalReport: { type: 'final-report', party: 'drafter', event: 'reportFinal', signedBySender: true },
  requestTransfer: {
    type: 'transfer-request',
    party: 'drafter',
    requires: {
      context: 'statusReport',
      code: 'STATUS_REPORT_MISSING',
      detail: 'Overføring søkes etter statusrapporten med regnskap (§ 10, § 11).',
    },
  },
  claimRepayment: { type: 'repayment-claim', party: 'handler', event: 'claimRepayment' },
} as const satisfies Record<string, FollowUp>;

type FollowUpDocument = DocumentOf<FollowUp['type']>;

/** The office asks for a transfer; only the county office records the decision (§ 10). */
function requireNoDecision(doc: FollowUpDocument) {
  if (doc.documentType === 'transfer-request' && doc.decision)
    throw invalidDocument([
      issue('DECISION_NOT_ALLOWED', '/decision', 'Statsforvalterens beslutning: settes av statsforvalteren'),
    ]);
}

/** Stamped with the server's clock and signed by the person who sends it, who must be one who signs. */
function sentAndSigned(doc: FollowUpDocument, p: Principal, app: ApplicationRow, now: Date): object {
  const content = withoutSignatures(doc, 'settes av tjenesten når dokumentet sendes');
  const signer = signerOf(p, app, now);
  if (!signer) throw forbidden('Rollen din signerer ikke dokumentet.');
  return addSignature({ ...content, submittedAt: now.toISOString() }, signer, now.toISOString());
}

/** The decision body is the request's `decision`: point its issues at the body that was sent. */
function withinDecision<T>(validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (!(error instanceof HttpProblem) || !error.issues) throw error;
    throw invalidDocument(
      error.issues.map((i) =>
        i.path.startsWith('/decision') ? { ...i, path: i.path.slice('/decision'.length) } : i,
      ),
    );
  }
}

/** Bekreftelse, utbetaling, rapportering, overføring og tilbakebetaling (§ 10, § 11, § 13). */
export function followUpHandlers(ctx: AppContext) {
  /** Files the posted document on the case, after the lifecycle, the history it needs and its rules allow it. */
  const file =
    <T extends FollowUp['type']>(spec: FollowUp & { type: T }) =>
    async ({
      principal: p,
      params,
      body,
    }: {
      principal: Principal;
      params: { applicationId: string };
      body: () => DocumentOf<T>;
    }) => {
      const id = params.applicationId;
      const record = await ctx.db.transaction(async (tx) => {
        const current = requireAccess(p, await findApplication(tx, id, true), spec.party);
        if (spec.event) nextState(current, spec.event);
        const context = await contextFor(tx, spec.type, id, current.document);
        if (spec.requires && context[spec.requires.context] === undefined)
          throw conflict(spec.requires.code, spec.requires.detail);
        const now = ctx.now();
        const sent = body();
        const doc = validDocument(
          'signedBySender' in spec ? sentAndSigned(sent, p, current, now) : sent,
          spec.type,
          context,
        );
        requireCaseReference(current, doc.case);
        requireNoDecision(doc);
        const attached =
          doc.documentType === 'status-report' || doc.documentType === 'final-report'
            ? await checkAttachmentReferences(tx, id, doc, true)
            : [];
        const filed = await fileDocument(tx, current, {
          type: spec.type,
          document: doc,
          actor: actorOf(p),
          now,
          ...(spec.event ? { event: spec.event } : {}),
          detail: { documentId: doc.id, documentType: spec.type },
        });
        await lockAttachments(tx, attached, now);
        return filed;
      });
      return { status: 201 as const, body: recordView(record) };
    };

  return handlers({
    acceptGrant: file(FOLLOW_UPS.acceptGrant),
    submitStatusReport: file(FOLLOW_UPS.submitStatusReport),
    submitFinalReport: file(FOLLOW_UPS.submitFinalReport),
    requestTransfer: file(FOLLOW_UPS.requestTransfer),
    claimRepayment: file(FOLLOW_UPS.claimRepayment),

    decideTransfer: async ({ principal: p, params: { applicationId: id, recordId }, body }) => {
      const record = await ctx.db.transaction(async (tx) => {
        const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
        const original = await findDocument(tx, recordId);
        const latest = await latestDocument<TransferRequest>(tx, id, ['transfer-request']);
        if (!original || original.applicationId !== id || original.documentType !== 'transfer-request')
          throw notFound();
        if (latest?.id !== recordId || latest.document.decision)
          throw conflict('TRANSFER_ALREADY_DECIDED', 'Forespørselen er allerede avgjort.');
        const context = await contextFor(tx, 'transfer-request', id, current.document);
        const doc = withinDecision(() =>
          validDocument({ ...latest.document, decision: body() }, 'transfer-request', context),
        );
        return fileDocument(tx, current, {
          type: 'transfer-request',
          document: doc,
          actor: actorOf(p),
          now: ctx.now(),
          action: 'transfer-decision',
          detail: {
            documentId: doc.id,
            approved: doc.decision?.approved,
            approvedAmount: doc.decision?.approvedAmount,
          },
          supersedes: recordId,
        });
      });
      return { status: 201, body: recordView(record) };
    },

    getCaseFile: async ({ principal: p, params: { applicationId: id } }) => {
      requireAccess(p, await findApplication(ctx.db, id), 'reader');
      const docs = await currentDocuments(ctx.db, id);
      // The stored document_type says what each document is.
      const all = <T extends CaseDocumentType>(...types: T[]) =>
        docs
          .filter((d) => types.includes(d.documentType as T))
          .map((d) => recordView(d as DocumentRow<DocumentOf<T>>));
      const one = <T extends CaseDocumentType>(...types: T[]) => all(...types).at(-1) ?? null;
      return {
        status: 200,
        body: {
          decision: one('case-decision'),
          letter: one('grant-letter', 'rejection-letter'),
          acceptance: one('acceptance'),
          payments: all('payment'),
          statusReports: all('status-report'),
          finalReport: one('final-report'),
          transferRequests: all('transfer-request'),
          repaymentClaims: all('repayment-claim'),
        },
      };
    },
  });
}
