import type { Application } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

export interface DraftRevision {
  id: number;
  revision: number;
  /** False: a version someone saved at the same time as another, kept when the other was chosen. */
  applied: boolean;
  savedAt: Date;
  savedBy: Actor;
  changedFields: { fields: string[]; more: number };
}

export async function recordDraftRevision(
  db: Queryable,
  r: Omit<DraftRevision, 'id'> & { applicationId: string; document: Application },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into draft_revisions (application_id, revision, applied, document, saved_at, saved_by, changed_fields)
     values ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7::jsonb) returning id::int as id`,
    [
      r.applicationId,
      r.revision,
      r.applied,
      JSON.stringify(r.document),
      r.savedAt.toISOString(),
      JSON.stringify(r.savedBy),
      JSON.stringify(r.changedFields),
    ],
  );
  return rows[0]?.id ?? 0;
}

/** Who saved which fields when, newest first, without the documents. */
export async function listDraftRevisions(db: Queryable, applicationId: string): Promise<DraftRevision[]> {
  const { rows } = await db.query<DraftRevision>(
    `select id::int as id, revision, applied, saved_at as "savedAt", saved_by as "savedBy",
       changed_fields as "changedFields"
     from draft_revisions where application_id = $1 order by id desc`,
    [applicationId],
  );
  return rows;
}

export async function findDraftRevision(
  db: Queryable,
  applicationId: string,
  id: number,
): Promise<(DraftRevision & { document: Application }) | undefined> {
  const { rows } = await db.query<DraftRevision & { document: Application }>(
    `select id::int as id, revision, applied, saved_at as "savedAt", saved_by as "savedBy",
       changed_fields as "changedFields", document
     from draft_revisions where application_id = $1 and id = $2`,
    [applicationId, id],
  );
  return rows[0];
}
