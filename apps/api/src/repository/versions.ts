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

export async function listVersions(db: Queryable, applicationId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `select version, reason, document, created_at as "createdAt", created_by as "createdBy"
     from application_versions where application_id = $1 order by version`,
    [applicationId],
  );
  return rows;
}
