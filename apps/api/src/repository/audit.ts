import type { CaseState } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

export interface AuditEntry {
  applicationId: string;
  at: Date;
  actor: Actor;
  action: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  detail: Record<string, unknown> | null;
}

export async function recordAudit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_events (application_id, at, actor, action, from_state, to_state, detail)
     values ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb)`,
    [
      e.applicationId,
      e.at.toISOString(),
      JSON.stringify(e.actor),
      e.action,
      e.fromState,
      e.toState,
      e.detail ? JSON.stringify(e.detail) : null,
    ],
  );
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
