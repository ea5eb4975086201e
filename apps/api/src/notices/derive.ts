import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { deadlineEnd, findCall } from '@sosialtilskudd/domain';
import { APPLICANT_ROLES, type Role } from '../auth/principal.js';
import type { Database, Queryable } from '../db/database.js';
import { authorityParty, type StoredEventData } from '../events/event-data.js';
import { findApplication } from '../repository/applications.js';
import { latestDocument } from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';
import { addNotice, officeStandard } from './notices.js';
import { longDate, type NoticeFacts, type NoticeKind } from './texts.js';

/** The case's page in the reference portal, where a signer reads the application and signs it. */
export const casePageLink = (portalUrl: string, app: Pick<ApplicationRow, 'id'>) =>
  `${portalUrl}/kontor/sak/${app.id}`;

/** Where notices link to: the case in the reference portal, on the side of the one who reads it (a draft's editor). */
export const officeCaseLink = (portalUrl: string, app: Pick<ApplicationRow, 'id' | 'state'>) =>
  app.state === 'draft' ? `${portalUrl}/kontor/soknad/${app.id}` : casePageLink(portalUrl, app);

/** The case's contact address: the one the Nav office gave in the application for the county office to write to. */
const contactOf = (app: ApplicationRow) => app.document.applicant.contactPerson?.email;

export function factsOf(
  app: ApplicationRow,
  authorityName: string,
  link: string,
  date?: string,
): NoticeFacts {
  return {
    measureName: app.document.measure.name,
    officeName: app.document.applicant.name,
    authorityName,
    caseNumber: app.caseNumber,
    ...(date ? { date } : {}),
    link,
  };
}

interface EventForNotice {
  id: string;
  type: string;
  position: string;
  data: StoredEventData;
}

const CONSUMER = 'notices';
const BATCH = 100;

/**
 * Reads the outbox from where the notices last stopped and adds the notices the new events call for (a letter
 * issued: the decision notice to the case's contact; a message from the authority: the new-message notice). One process at a time holds the consumer's row; the
 * position moves in the same transaction as the notices are added, and each notice's key keeps it once anyway.
 * Returns how many events were read.
 */
export async function noticesFromEvents(db: Database, portalUrl: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(
      `insert into event_consumers (name, position) values ($1, 0) on conflict (name) do nothing`,
      [CONSUMER],
    );
    const { rows: consumer } = await tx.query<{ position: string }>(
      'select position::text as position from event_consumers where name = $1 for update',
      [CONSUMER],
    );
    const { rows: events } = await tx.query<EventForNotice>(
      `select id, type, position::text as position, data from case_events
       where position > $1 order by position limit $2`,
      [consumer[0]?.position ?? '0', BATCH],
    );
    for (const event of events) await noticeFor(tx, event, portalUrl, now);
    const last = events.at(-1);
    if (last)
      await tx.query('update event_consumers set position = $2 where name = $1', [CONSUMER, last.position]);
    return events.length;
  });
}

/** The notices an event calls for: a letter issued (the decision), and a message from the authority. */
const NOTICE_OF_EVENT: Partial<Record<string, (e: EventForNotice) => NoticeKind | undefined>> = {
  [EVENT_TYPES.letter]: () => 'decision',
  [EVENT_TYPES.message]: (e) =>
    APPLICANT_ROLES.includes(e.data.actorRole as Role) ? undefined : 'new-message',
};

async function noticeFor(tx: Queryable, event: EventForNotice, portalUrl: string, now: Date) {
  const kind = NOTICE_OF_EVENT[event.type]?.(event);
  if (!kind) return;
  const app = await findApplication(tx, event.data.applicationId);
  const recipient = app && contactOf(app);
  if (!app || !recipient) return;
  await addNotice(
    tx,
    {
      key: `${kind}:${event.id}`,
      kind,
      applicationId: app.id,
      recipient,
      language: await officeStandard(tx, app.organisationNumber),
      facts: factsOf(app, event.data.authority.name, officeCaseLink(portalUrl, app)),
    },
    now,
  );
}

const DAY = 24 * 60 * 60 * 1000;

/** When reminders go out before a deadline: a first notice, and a repeat close to it. */
export const REMINDER_DAYS = {
  application: { first: 14, repeat: 3 },
  report: { first: 30, repeat: 7 },
} as const;

/** The reminder stage due at `now` before a deadline ending at `end`: the latest one only, so a server down over the first window does not send both. */
function stageAt(now: Date, end: Date, days: { first: number; repeat: number }) {
  const left = end.getTime() - now.getTime();
  if (left <= 0) return undefined;
  if (left <= days.repeat * DAY) return 'repeat' as const;
  if (left <= days.first * DAY) return 'first' as const;
  return undefined;
}

async function casesIn(db: Queryable, states: readonly string[]): Promise<ApplicationRow[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from applications where state = any($1::text[])',
    [[...states]],
  );
  const cases = await Promise.all(rows.map((r) => findApplication(db, r.id)));
  return cases.filter((c): c is ApplicationRow => c !== undefined);
}

/**
 * Reminders due at `now`: before a call's application deadline to every office with a draft under it, and before
 * the reporting deadline in the grant letter (§ 11) to every case granted and not yet reported, then an overdue
 * notice once the deadline has passed without a report. Each is keyed by case, deadline and stage, so it goes
 * out once however often this runs.
 */
export async function remindersDue(db: Queryable, portalUrl: string, now: Date): Promise<void> {
  for (const app of await casesIn(db, ['draft'])) {
    const call = findCall(app.callId);
    const recipient = contactOf(app);
    if (!call || !recipient) continue;
    const end = deadlineEnd(call.applicationDeadline);
    const stage = stageAt(now, end, REMINDER_DAYS.application);
    if (!stage) continue;
    await addNotice(
      db,
      {
        key: `application-deadline:${app.id}:${call.applicationDeadline.date}:${stage}`,
        kind: `application-deadline-${stage}`,
        applicationId: app.id,
        recipient,
        language: await officeStandard(db, app.organisationNumber),
        facts: factsOf(app, '', officeCaseLink(portalUrl, app), longDate(call.applicationDeadline.date)),
      },
      now,
    );
  }
  for (const app of await casesIn(db, ['accepted', 'paid'])) {
    const letter = await latestDocument<{ reportingDeadline: string }>(db, app.id, ['grant-letter']);
    const recipient = contactOf(app);
    const date = letter?.document.reportingDeadline;
    if (!date || !recipient) continue;
    const end = deadlineEnd({ date, timeZone: 'Europe/Oslo' });
    const overdue = now >= end;
    const stage = overdue ? 'overdue' : stageAt(now, end, REMINDER_DAYS.report);
    if (!stage) continue;
    await addNotice(
      db,
      {
        key: `report-deadline:${app.id}:${date}:${stage}`,
        kind: overdue ? 'report-overdue' : `report-deadline-${stage as 'first' | 'repeat'}`,
        applicationId: app.id,
        recipient,
        language: await officeStandard(db, app.organisationNumber),
        facts: factsOf(
          app,
          authorityParty(app.authority, date).name,
          officeCaseLink(portalUrl, app),
          longDate(date),
        ),
      },
      now,
    );
  }
}
