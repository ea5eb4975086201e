import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { iso } from '../repository/rows.js';
import { type NoticeFacts, type NoticeKind, noticeText, type WrittenStandard } from './texts.js';

export interface NoticeInput {
  /** What makes the notice once: deriving it again (another process, a restart) adds nothing. */
  key: string;
  kind: NoticeKind;
  applicationId: string;
  recipient: string;
  language: WrittenStandard;
  facts: NoticeFacts;
}

/** Adds the notice unless one with its key exists. */
export async function addNotice(db: Queryable, n: NoticeInput, now: Date): Promise<void> {
  const { subject, body } = noticeText(n.kind, n.language, n.facts);
  await db.query(
    `insert into notices (key, kind, application_id, recipient, language, subject, body, created_at, next_attempt_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict (key) do nothing`,
    [n.key, n.kind, n.applicationId, n.recipient, n.language, subject, body, now.toISOString()],
  );
}

/** The written standard a Nav office is written to in; bokmål when the office is not known here. */
export async function officeStandard(db: Queryable, organisationNumber: string): Promise<WrittenStandard> {
  const { rows } = await db.query<{ standard: WrittenStandard }>(
    'select written_standard as standard from nav_offices where organisation_number = $1',
    [organisationNumber],
  );
  return rows[0]?.standard ?? 'nb';
}

/** A stable Message-ID per notice, so a receiving system sees a repeat (after a crash mid-send) as the same mail. */
export const messageIdOf = (key: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@sosialtilskudd.no>`;

export interface NoticeRow {
  kind: NoticeKind;
  recipient: string;
  language: WrittenStandard;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'kept' | 'failed';
  createdAt: string;
  sentAt: string | null;
}

/** The newest notices, for the development outbox (/dev/mail). */
export async function listNotices(db: Queryable, limit: number): Promise<NoticeRow[]> {
  const { rows } = await db.query<NoticeRow & { createdAt: Date; sentAt: Date | null }>(
    `select kind, recipient, language, subject, body, status,
       created_at as "createdAt", sent_at as "sentAt"
     from notices order by created_at desc, key limit $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), sentAt: r.sentAt ? iso(r.sentAt) : null }));
}
