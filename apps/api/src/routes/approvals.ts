import { randomUUID } from 'node:crypto';
import {
  type Approval,
  type ApprovalSubject,
  AUTHORITY_ROLES,
  type AuthorityRole,
} from '@sosialtilskudd/domain';
import { requireAccess } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { PROPOSALS } from '../cases/proposals.js';
import { fileDocument } from '../cases/records.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { idempotencyKey, idempotently } from '../http/idempotency.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, notFound } from '../http/problems.js';
import { authorityOf } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import {
  type ApprovalRow,
  findApproval,
  insertApproval,
  listApprovals,
  resolveApproval,
  waitingApproval,
} from '../repository/approvals.js';
import { recordAudit } from '../repository/audit.js';

const isAuthorityRole = (role: string): role is AuthorityRole =>
  (AUTHORITY_ROLES as readonly string[]).includes(role);

/** The authority a person acts for; proposals are the authorities' own working documents. */
function authorityKeyOf(p: Principal): string {
  if (!isAuthorityRole(p.role))
    throw forbidden('Forslag legges fram og godkjennes hos statsforvalteren eller direktoratet.');
  return p.role === 'directorate' ? 'directorate' : `county-office:${p.countyOfficeId}`;
}

/** Who acted, as the approval document records them: role and the authority they act for. */
const actorFor = (p: Principal): Approval['proposedBy'] => ({
  id: p.sub,
  name: p.name,
  role: p.role as AuthorityRole,
  authority: authorityOf(authorityKeyOf(p)),
});

const approvalView = (row: ApprovalRow) => ({
  id: row.id,
  applicationId: row.applicationId,
  state: row.state,
  approval: row.approval,
  proposed: row.proposed,
  filedRecordId: row.filedRecordId,
});

/**
 * Totrinnskontroll: the handler proposes a decision or a payment, checked with every rule; a second person with the
 * approver role approves it (it is checked again and filed on the case in the same transaction) or returns it with
 * a coded reason. Who may resolve a proposal is the domain's approval rules; every step is in the audit log.
 */
export function approvalHandlers(ctx: AppContext) {
  /**
   * Checks the proposal against the case and keeps it waiting; one of each kind per case at a time. The body is read
   * only after access is granted, so a stranger learns nothing from its validation.
   */
  async function propose(
    tx: Queryable,
    p: Principal,
    id: string,
    subject: ApprovalSubject,
    body: () => unknown,
  ) {
    const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
    const checked = await PROPOSALS[subject](tx, current, body());
    if (await waitingApproval(tx, id, subject))
      throw conflict(
        'PROPOSAL_PENDING',
        'Saken har allerede et forslag som venter på godkjenning; det må godkjennes eller sendes tilbake først.',
      );
    const now = ctx.now();
    const row: Omit<ApprovalRow, 'filedRecordId'> = {
      id: randomUUID(),
      applicationId: id,
      subjectType: subject,
      state: 'proposed',
      proposed: checked.document,
      createdAt: now,
      approval: validDocument(
        {
          documentType: 'approval',
          schemaVersion: 1,
          id: `forslag-${randomUUID()}`,
          subject: {
            documentType: subject,
            documentId: checked.document.id,
            caseNumber: current.caseNumber,
            amount: checked.amount,
          },
          proposedBy: actorFor(p),
          proposedAt: now.toISOString(),
        },
        'approval',
      ),
    };
    await insertApproval(tx, row);
    await recordAudit(tx, current, {
      at: now,
      actor: actorOf(p),
      action: 'propose',
      fromState: current.state,
      toState: current.state,
      detail: { approvalId: row.id, subject, amount: checked.amount },
    });
    return approvalView({ ...row, filedRecordId: null });
  }

  /** The waiting proposal, locked, on a case the person sees; resolved ones are a 409. */
  async function waiting(tx: Queryable, p: Principal, approvalId: string) {
    const row = await findApproval(tx, approvalId, true);
    if (!row) throw notFound();
    const app = requireAccess(p, await findApplication(tx, row.applicationId, true), 'reader');
    if (row.state !== 'proposed')
      throw conflict('PROPOSAL_RESOLVED', 'Forslaget er allerede godkjent eller sendt tilbake.');
    return { row, app };
  }

  /** The approval document with its resolution, judged by the domain (own proposal, role, authority). */
  const resolved = (row: ApprovalRow, resolution: NonNullable<Approval['resolution']>) =>
    validDocument({ ...row.approval, resolution }, 'approval');

  return handlers({
    decideApplication: async ({ principal: p, params: { applicationId: id }, headers, body, request }) => {
      const key = idempotencyKey(headers['Idempotency-Key']);
      const outcome = await idempotently(ctx.db, p.sub, key, `decide ${id}`, request.body, async (tx) => ({
        status: 202,
        body: await propose(tx, p, id, 'case-decision', body),
      }));
      return {
        status: 202,
        body: outcome.body as ReturnType<typeof approvalView>,
        headers: outcome.replayed ? { 'Idempotency-Replayed': 'true' } : {},
      };
    },

    recordPayment: async ({ principal: p, params: { applicationId: id }, body }) => ({
      status: 202,
      body: await ctx.db.transaction((tx) => propose(tx, p, id, 'payment', body)),
    }),

    listApprovals: async ({ principal: p, query }) => {
      const authority = authorityKeyOf(p);
      // The directorate reads every county office's proposals, as it reads every submitted case.
      const rows = await listApprovals(ctx.db, authority === 'directorate' ? undefined : authority, query);
      return { status: 200, body: { items: rows.map(approvalView) } };
    },

    getApproval: async ({ principal: p, params: { approvalId } }) => {
      const row = await findApproval(ctx.db, approvalId);
      if (!row) throw notFound();
      requireAccess(p, await findApplication(ctx.db, row.applicationId), 'auditor');
      return { status: 200, body: approvalView(row) };
    },

    approveProposal: async ({ principal: p, params: { approvalId } }) => {
      const view = await ctx.db.transaction(async (tx) => {
        const { row, app } = await waiting(tx, p, approvalId);
        const now = ctx.now();
        const by = actorFor(p);
        const approval = resolved(row, { result: 'approved', by, at: now.toISOString() });
        const checked = await PROPOSALS[row.subjectType](tx, app, row.proposed);
        await recordAudit(tx, app, {
          at: now,
          actor: actorOf(p),
          action: 'approve',
          fromState: app.state,
          toState: app.state,
          detail: { approvalId: row.id, subject: row.subjectType, proposedBy: row.approval.proposedBy.id },
        });
        const current = (await findApplication(tx, app.id, true)) ?? app;
        const filed = await fileDocument(tx, current, {
          ...checked.filing,
          actor: actorOf(p),
          now,
          detail: { ...checked.filing.detail, approvalId: row.id },
        });
        await resolveApproval(tx, row.id, approval, filed.id, now);
        return approvalView({ ...row, approval, state: 'approved', filedRecordId: filed.id });
      });
      return { status: 200, body: view };
    },

    returnProposal: async ({ principal: p, params: { approvalId }, body }) => {
      const view = await ctx.db.transaction(async (tx) => {
        const { row, app } = await waiting(tx, p, approvalId);
        const { reason, comment } = body();
        const now = ctx.now();
        const approval = resolved(row, {
          result: 'returned',
          by: actorFor(p),
          at: now.toISOString(),
          reason,
          comment,
        });
        await resolveApproval(tx, row.id, approval, null, now);
        await recordAudit(tx, app, {
          at: now,
          actor: actorOf(p),
          action: 'return-proposal',
          fromState: app.state,
          toState: app.state,
          detail: { approvalId: row.id, subject: row.subjectType, reason, comment },
        });
        return approvalView({ ...row, approval, state: 'returned' });
      });
      return { status: 200, body: view };
    },
  });
}
