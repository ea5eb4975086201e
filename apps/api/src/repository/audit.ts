import type { CaseState } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { AUTHORITY_ONLY_ACTIONS } from '../events/event-types.js';
import { eventParams, insertEventFrom } from '../events/outbox.js';
import type { Actor } from '../http/views.js';
import type { ApplicationRow } from './rows.js';

export interface AuditEntry {
  applicationId: string;
  at: Date;
  actor: Actor;
  action: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  detail: Record<string, unknown> | null;
}

/**
 * An act on the case that does not change its state (a letter, a transfer request): its audit entry and its outbox
 * event in one statement, numbered under the case's row lock.
 */
export async function recordAudit(
  db: Queryable,
  app: ApplicationRow,
  e: Omit<AuditEntry, 'applicationId'>,
): Promise<void> {
  await db.query(
    `with counted as (
       update applications set event_count = event_count + 1 where id = $1 returning *
     ), audited as (
       insert into audit_events (application_id, at, actor, action, from_state, to_state, detail)
       select id, $2, $3::jsonb, $4, $5, $6, $7::jsonb from counted
     )
     ${insertEventFrom('counted', { id: '$8', type: '$9', time: '$2', data: '$10', authorityOnly: '$11' })}`,
    [
      app.id,
      e.at.toISOString(),
      JSON.stringify(e.actor),
      e.action,
      e.fromState,
      e.toState,
      e.detail ? JSON.stringify(e.detail) : null,
      ...eventParams({ app, actorRole: e.actor.role, ...e }),
      AUTHORITY_ONLY_ACTIONS.has(e.action),
    ],
  );
}

/** The time of the last change recorded, if any: a case's audited change or a frame issued. */
export async function lastRecordedAt(db: Queryable): Promise<Date | undefined> {
  const { rows } = await db.query<{ at: Date | null }>(
    'select greatest((select max(at) from audit_events), (select max(created_at) from frames)) as at',
  );
  return rows[0]?.at ?? undefined;
}

export async function listAudit(
  db: Queryable,
  applicationId: string,
): Promise<(AuditEntry & { id: number })[]> {
  const { rows } = await db.query<AuditEntry & { id: number }>(
    `select id, application_id as "applicationId", at, actor, action, from_state as "fromState",
       to_state as "toState", detail from audit_events where application_id = $1 order by id`,
    [applicationId],
  );
  return rows;
}
