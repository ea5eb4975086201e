import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';
import { recordAudit } from '../repository/audit.js';
import { type CaseDocumentType, type DocumentRow, insertDocument } from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';
import { applyEvent } from './lifecycle.js';

export interface Filing<D> {
  type: CaseDocumentType;
  document: D;
  actor: Actor;
  now: Date;
  /** The lifecycle event the document causes; without one the audit entry is named `action`. */
  event?: CaseEvent;
  action?: string;
  detail: Record<string, unknown>;
  /** The record this one replaces, which stays readable. */
  supersedes?: string;
  /** What a round reads of the document, stored beside it (an assessment's). */
  facts?: unknown;
}

/** Files a document on the case as an immutable record, with its state change or audit entry. */
export async function fileDocument<D>(
  tx: Queryable,
  app: ApplicationRow,
  f: Filing<D>,
): Promise<DocumentRow<D>> {
  if (f.event) await applyEvent(tx, app, f.event, f.actor, f.now, {}, f.detail);
  else
    await recordAudit(tx, app, {
      at: f.now,
      actor: f.actor,
      action: f.action ?? f.type,
      fromState: app.state,
      toState: app.state,
      detail: f.detail,
    });
  return insertDocument(
    tx,
    {
      id: randomUUID(),
      applicationId: app.id,
      documentType: f.type,
      document: f.document,
      supersedes: f.supersedes ?? null,
      createdAt: f.now,
      createdBy: f.actor,
    },
    f.facts,
  );
}
