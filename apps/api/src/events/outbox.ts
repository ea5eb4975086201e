import { randomUUID } from 'node:crypto';
import { type ChangeFacts, caseEvent } from './event-data.js';

/**
 * The outbox write, as a statement part that runs in the same statement as the change it records: `source` is a
 * CTE returning the changed case row after its `event_count` was raised, so the event takes the case's next
 * number, case number and readers from the row itself and costs no round trip of its own. `authorityOnly` marks the
 * authority's own working steps (AUTHORITY_ONLY_ACTIONS), which the applicant's side does not read.
 */
export const insertEventFrom = (
  source: string,
  p: { id: string; type: string; time: string; data: string; authorityOnly?: string },
) =>
  `insert into case_events (id, application_id, case_sequence, type, time, organisation_number, authority,
     office_only, authority_only, case_number, data)
   select ${p.id}::uuid, id, event_count, ${p.type}, ${p.time}::timestamptz, organisation_number, authority,
     submitted_at is null, ${p.authorityOnly ?? 'false'}::boolean, case_number, ${p.data}::jsonb from ${source}`;

/** The parameters of one event: its id, type and data (JSON text). */
export function eventParams(facts: ChangeFacts): [string, string, string] {
  const event = caseEvent(facts, randomUUID());
  return [event.id, event.type, JSON.stringify(event.data)];
}
