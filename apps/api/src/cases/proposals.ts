import type { ApprovalSubject, CaseDecision, Payment } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { validDocument } from '../http/documents.js';
import type { ApplicationRow } from '../repository/rows.js';
import { contextFor } from './history.js';
import { nextState } from './lifecycle.js';
import type { Filing } from './records.js';
import { requireCaseReference, requireDecisionReference } from './references.js';
import { frameUseContext } from './round.js';

/** A proposed document checked against the case as it is now, and how it is filed once approved. */
export interface Checked<D> {
  document: D;
  /** The grant or payment the approver approves: 0 for a rejection. */
  amount: number;
  filing: Omit<Filing<unknown>, 'actor' | 'now'>;
}

/**
 * The acts that need a second person (totrinnskontroll), each checked the same way when proposed and again when
 * approved: the case's state allows it, every rule holds with the case's history as context, it is about this
 * case. A decision is judged against the round's frame too (FRAME_EXCEEDED), under the round's lock, so what
 * other approvals granted meanwhile counts.
 */
export const PROPOSALS: {
  [S in ApprovalSubject]: (
    tx: Queryable,
    app: ApplicationRow,
    body: unknown,
  ) => Promise<Checked<S extends 'payment' ? Payment : CaseDecision>>;
} = {
  'case-decision': async (tx, app, body) => {
    nextState(app, 'grant');
    const context = {
      ...(await contextFor(tx, 'case-decision', app.id, app.document)),
      ...(await frameUseContext(tx, app)),
    };
    const doc = validDocument(body, 'case-decision', context);
    requireDecisionReference(app, doc);
    const { outcome } = doc;
    const granted = outcome.result === 'granted';
    return {
      document: doc,
      amount: granted ? outcome.amount : 0,
      filing: {
        type: 'case-decision',
        document: doc,
        event: granted ? 'grant' : 'reject',
        detail: {
          decisionId: doc.id,
          ...(granted ? { amount: outcome.amount } : { reasons: outcome.reasons }),
        },
      },
    };
  },
  payment: async (tx, app, body) => {
    nextState(app, 'pay');
    const doc = validDocument(body, 'payment', await contextFor(tx, 'payment', app.id, app.document));
    requireCaseReference(app, doc.case);
    return {
      document: doc,
      amount: doc.amount,
      filing: {
        type: 'payment',
        document: doc,
        event: 'pay',
        detail: { documentId: doc.id, documentType: 'payment' },
      },
    };
  },
};
