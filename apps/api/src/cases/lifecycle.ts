import { type CaseEvent, transition } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { conflict } from '../http/problems.js';
import type { Actor } from '../http/views.js';
import { type CaseChange, changeApplication } from '../repository/applications.js';
import { recordAudit } from '../repository/audit.js';
import type { ApplicationRow } from '../repository/rows.js';

/** The domain's lifecycle decides; its coded refusal becomes a 409 problem. */
export function nextState(app: ApplicationRow, event: CaseEvent) {
  const result = transition(app.state, event);
  if (!result.ok) throw conflict(result.code, result.message);
  return result.state;
}

/** Every state change goes through here, so each one is in the audit log with who and when. */
export async function applyEvent(
  tx: Queryable,
  app: ApplicationRow,
  event: CaseEvent,
  actor: Actor,
  now: Date,
  change: Omit<CaseChange, 'state'> = {},
  detail: Record<string, unknown> | null = null,
): Promise<ApplicationRow> {
  const state = nextState(app, event);
  const updated = await changeApplication(tx, app.id, { ...change, state }, now);
  await recordAudit(tx, {
    applicationId: app.id,
    at: now,
    actor,
    action: event,
    fromState: app.state,
    toState: state,
    detail,
  });
  return updated;
}
