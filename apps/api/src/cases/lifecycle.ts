import { type CaseEvent, transition } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { conflict } from '../http/problems.js';
import type { Actor } from '../http/views.js';
import { type CaseChange, type ChangeAudit, changeApplication } from '../repository/applications.js';
import type { ApplicationRow } from '../repository/rows.js';

/** The domain's lifecycle decides; its coded refusal becomes a 409 problem. */
export function nextState(app: ApplicationRow, event: CaseEvent) {
  const result = transition(app.state, event);
  if (!result.ok) throw conflict(result.code, result.message);
  return result.state;
}

/** Changes the case as it was read, with its audit event; a change in between is a 409, never a lost update. */
export async function recordChange(
  db: Queryable,
  app: ApplicationRow,
  change: CaseChange,
  audit: ChangeAudit,
  now: Date,
): Promise<ApplicationRow> {
  const updated = await changeApplication(db, app, change, audit, now);
  if (!updated)
    throw conflict('CONCURRENT_CHANGE', 'Saken ble endret av noen andre samtidig; hent den og prøv igjen.');
  return updated;
}

/** Every state change goes through here, so each one is in the audit log with who and when. */
export function applyEvent(
  db: Queryable,
  app: ApplicationRow,
  event: CaseEvent,
  actor: Actor,
  now: Date,
  change: Omit<CaseChange, 'state'> = {},
  detail: Record<string, unknown> | null = null,
): Promise<ApplicationRow> {
  return recordChange(
    db,
    app,
    { ...change, state: nextState(app, event) },
    { actor, action: event, detail },
    now,
  );
}
