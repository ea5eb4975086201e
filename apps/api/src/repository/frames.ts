import type { Frame } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';
import { authorityKey } from './rows.js';

export interface FrameRow {
  document: Frame;
  createdAt: Date;
  createdBy: Actor;
}

const COLUMNS = `document, created_at as "createdAt", created_by as "createdBy"`;

/**
 * Stores one version. False when the id and version, or the holder's version under the call, is already there:
 * someone issued it meanwhile (the checks before the insert read without a lock).
 */
export async function insertFrame(db: Queryable, row: FrameRow): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into frames (id, version, call_id, holder, document, created_at, created_by)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb) on conflict do nothing`,
    [
      row.document.id,
      row.document.version,
      row.document.callId,
      authorityKey(row.document.holder),
      JSON.stringify(row.document),
      row.createdAt.toISOString(),
      JSON.stringify(row.createdBy),
    ],
  );
  return rowCount === 1;
}

/** Every version of one frame under a call, newest first. */
export async function frameVersions(db: Queryable, callId: string, id: string): Promise<FrameRow[]> {
  const { rows } = await db.query<FrameRow>(
    `select ${COLUMNS} from frames where call_id = $1 and id = $2 order by version desc`,
    [callId, id],
  );
  return rows;
}

/** The version in force of every frame under a call, or of one holder's (`county-office:<id>`, `directorate`). */
export async function framesInForce(db: Queryable, callId: string, holder?: string): Promise<FrameRow[]> {
  const { rows } = await db.query<FrameRow>(
    `select distinct on (holder) ${COLUMNS} from frames
     where call_id = $1 and ($2::text is null or holder = $2) order by holder, version desc`,
    [callId, holder ?? null],
  );
  return rows;
}

/** The latest version of the frame with this id, under any call and holder (an id names one frame). */
export async function latestFrameVersion(db: Queryable, id: string): Promise<FrameRow | undefined> {
  const { rows } = await db.query<FrameRow>(
    `select ${COLUMNS} from frames where id = $1 order by version desc limit 1`,
    [id],
  );
  return rows[0];
}
