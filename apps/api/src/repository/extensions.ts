import type { DeadlineExtension } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

export interface ExtensionRow {
  id: string;
  callId: string;
  document: DeadlineExtension;
  createdAt: Date;
  createdBy: Actor;
}

export async function insertExtension(db: Queryable, row: ExtensionRow): Promise<ExtensionRow> {
  await db.query(
    `insert into deadline_extensions (id, call_id, document, created_at, created_by)
     values ($1, $2, $3::jsonb, $4, $5::jsonb)`,
    [
      row.id,
      row.callId,
      JSON.stringify(row.document),
      row.createdAt.toISOString(),
      JSON.stringify(row.createdBy),
    ],
  );
  return row;
}

export async function listExtensions(db: Queryable, callId: string): Promise<ExtensionRow[]> {
  const { rows } = await db.query<ExtensionRow>(
    `select id, call_id as "callId", document, created_at as "createdAt", created_by as "createdBy"
     from deadline_extensions where call_id = $1 order by created_at, id`,
    [callId],
  );
  return rows;
}
