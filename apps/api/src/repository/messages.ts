import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';
import { iso } from './rows.js';

export interface MessageRow {
  id: string;
  from: 'applicant' | 'handler';
  author: Actor;
  body: string;
  sentAt: string;
  /** The files sent with it, in the order the sender gave them. */
  attachmentIds: string[];
}

const COLUMNS = `id, party as "from", author, body, sent_at as "sentAt",
  to_jsonb(attachment_ids) as "attachmentIds"`;

const view = (r: MessageRow & { sentAt: Date | string }): MessageRow => ({ ...r, sentAt: iso(r.sentAt) });

export async function insertMessage(
  db: Queryable,
  m: Omit<MessageRow, 'sentAt'> & { applicationId: string; sentAt: Date },
): Promise<MessageRow> {
  const { rows } = await db.query<MessageRow>(
    `insert into case_messages (id, application_id, party, author, body, sent_at, attachment_ids)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7::uuid[])
     returning ${COLUMNS}`,
    [
      m.id,
      m.applicationId,
      m.from,
      JSON.stringify(m.author),
      m.body,
      m.sentAt.toISOString(),
      m.attachmentIds,
    ],
  );
  return view(rows[0] as MessageRow);
}

/** A case's messages, oldest first; those sent in the same instant in the order they were written. */
export async function listMessages(db: Queryable, applicationId: string): Promise<MessageRow[]> {
  const { rows } = await db.query<MessageRow>(
    `select ${COLUMNS} from case_messages where application_id = $1 order by sent_at, seq`,
    [applicationId],
  );
  return rows.map(view);
}
