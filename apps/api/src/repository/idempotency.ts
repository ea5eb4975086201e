import type { Queryable } from '../db/database.js';

export interface StoredResponse {
  operation: string;
  requestHash: string;
  status: number;
  response: unknown;
}

/**
 * Claims a key inside the caller's transaction. A concurrent request with the same key waits on the primary
 * key until the first commits, then finds the stored answer instead of doing the work twice.
 */
export async function claimKey(
  db: Queryable,
  actorSub: string,
  key: string,
  operation: string,
  requestHash: string,
  now: Date,
): Promise<StoredResponse | undefined> {
  const claimed = await db.query(
    `insert into idempotency_keys (actor_sub, key, operation, request_hash, status, response, created_at)
     values ($1, $2, $3, $4, 0, 'null'::jsonb, $5) on conflict do nothing`,
    [actorSub, key, operation, requestHash, now.toISOString()],
  );
  if (claimed.rowCount === 1) return undefined;
  const { rows } = await db.query<StoredResponse>(
    `select operation, request_hash as "requestHash", status, response from idempotency_keys
     where actor_sub = $1 and key = $2`,
    [actorSub, key],
  );
  return rows[0];
}

export async function storeResponse(
  db: Queryable,
  actorSub: string,
  key: string,
  status: number,
  response: unknown,
): Promise<void> {
  await db.query(
    `update idempotency_keys set status = $3, response = $4::jsonb where actor_sub = $1 and key = $2`,
    [actorSub, key, status, JSON.stringify(response)],
  );
}
