import type { CloudEvent as CloudEventSchema } from '@sosialtilskudd/api-contract';
import type { z } from 'zod';
import type { CaseScope } from '../auth/access.js';
import { ADVISORY_LOCKS } from '../db/advisory-locks.js';
import type { Database, Queryable } from '../db/database.js';
import { coversMunicipality } from '../repository/current-document.js';
import { iso } from '../repository/rows.js';
import type { StoredEventData } from './event-data.js';
import type { EventType } from './event-types.js';

/**
 * A reader sees the events of the cases it sees (`caseScopeOf`, auth/access.ts): a Nav office's its own office's,
 * a chief executive those of cases whose applicant covers the municipality (drafts included: the chief executive
 * signs them), a county office those of cases sent to it once submitted, the directorate every case's once
 * submitted. The applicant's side does not see the authority's working steps (`authority_only`: proposals).
 */
export function scopeParams(scope: CaseScope): [CaseScope['kind'], string | null] {
  if (scope.kind === 'office') return ['office', scope.organisationNumber];
  if (scope.kind === 'municipality') return ['municipality', scope.municipalityNumber];
  if (scope.kind === 'authority') return ['authority', scope.authority];
  return ['all', null];
}

/** Whether event `e` is in the scope given by the SQL expressions `kind` and `value` (scopeParams). */
export const scopeMatch = (e: string, kind: string, value: string) =>
  `((${kind} = 'office' and ${e}.organisation_number = ${value} and not ${e}.authority_only)
    or (${kind} = 'municipality' and not ${e}.authority_only and exists (select 1 from applications c
      where c.id = ${e}.application_id and ${coversMunicipality('c', value)}))
    or (not ${e}.office_only and (${kind} = 'all' or (${kind} = 'authority' and ${e}.authority = ${value}))))`;

/**
 * Gives every committed event without a position the next positions, in the order they were inserted, in one
 * transaction under a lock. Positions are therefore gap-free and only ever grow, and a reader that has seen
 * position n has seen every event that will ever have a position at or below n. A case's events are inserted
 * under its row lock, each after the previous one committed, so they are positioned in their own order too.
 */
export async function sequenceEvents(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.eventSequencer]);
    const { rowCount } = await tx.query(
      `update case_events e set position = top.position + pending.n
       from (select coalesce(max(position), 0) as position from case_events) top,
            (select id, row_number() over (order by inserted) as n from case_events where position is null) pending
       where e.id = pending.id`,
    );
    return rowCount;
  });
}

/** CloudEvents 1.0 (structured JSON) with the Sequence extension: `sequence` orders a case's events. */
export type CloudEvent = z.input<typeof CloudEventSchema>;

export interface EventRow {
  id: string;
  applicationId: string;
  caseSequence: number;
  type: EventType;
  time: Date | string;
  caseNumber: string | null;
  data: StoredEventData;
  cursor: string;
}

/** The columns of `case_events e` that make a CloudEvent. */
export const EVENT_COLUMNS = `e.id, e.application_id as "applicationId", e.case_sequence as "caseSequence", e.type,
  e.time, e.case_number as "caseNumber", e.data, e.position::text as cursor`;

/** The sequence as a lexicographically orderable string, as the Sequence extension asks. */
const sequenceText = (n: number) => String(n).padStart(10, '0');

export function cloudEvent(row: EventRow): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: `/v1/applications/${row.applicationId}`,
    type: row.type,
    ...(row.caseNumber ? { subject: row.caseNumber } : {}),
    time: iso(row.time),
    datacontenttype: 'application/json',
    sequence: sequenceText(row.caseSequence),
    data: { ...row.data, caseNumber: row.caseNumber },
  };
}

export interface FeedPage {
  items: { cursor: string; event: CloudEvent }[];
  /** Where to go on from: the last item's cursor, or the one given when there was nothing new. */
  nextCursor: string;
}

/** Events after position `after` that the scope may see, oldest first. */
export async function readEvents(
  db: Queryable,
  scope: CaseScope,
  after: bigint,
  limit: number,
): Promise<FeedPage> {
  const { rows } = await db.query<EventRow>(
    `select ${EVENT_COLUMNS} from case_events e
     where e.position > $1 and ${scopeMatch('e', '$3::text', '$4::text')} order by e.position limit $2`,
    [after.toString(), limit, ...scopeParams(scope)],
  );
  return {
    items: rows.map((row) => ({ cursor: row.cursor, event: cloudEvent(row) })),
    nextCursor: rows.at(-1)?.cursor ?? after.toString(),
  };
}
