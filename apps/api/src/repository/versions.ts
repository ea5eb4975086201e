import type { Application } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

export interface VersionRow {
  version: number;
  reason: 'submitted' | 'correction';
  document: Application;
  createdAt: Date;
  createdBy: Actor;
}

export async function insertVersion(db: Queryable, applicationId: string, row: VersionRow): Promise<void> {
  await db.query(
    `insert into application_versions (application_id, version, reason, document, created_at, created_by)
     values ($1, $2, $3, $4::jsonb, $5, $6::jsonb)`,
    [
      applicationId,
      row.version,
      row.reason,
      JSON.stringify(row.document),
      row.createdAt.toISOString(),
      JSON.stringify(row.createdBy),
    ],
  );
}

export async function listVersions(db: Queryable, applicationId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `select version, reason, document, created_at as "createdAt", created_by as "createdBy"
     from application_versions where application_id = $1 order by version`,
    [applicationId],
  );
  return rows;
}
