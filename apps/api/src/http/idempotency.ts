import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { claimKey, storeResponse } from '../repository/idempotency.js';
import { badRequest, HttpProblem } from './problems.js';

export interface Outcome {
  status: number;
  body: unknown;
  replayed?: boolean;
}

/** The Idempotency-Key header, if any: 1–200 visible characters. */
export function idempotencyKey(header: unknown): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(header))
    throw badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key må være 1–200 synlige ASCII-tegn.');
  return header;
}

/**
 * Runs `work` once per key: a repeat with the same key and the same request gets the first answer; the same key
 * with another request is refused. Only successful answers are kept, so a refused request can be retried.
 */
export async function idempotently(
  db: Database,
  actorSub: string,
  key: string | undefined,
  operation: string,
  request: unknown,
  work: (tx: Queryable) => Promise<Outcome>,
): Promise<Outcome> {
  return db.transaction(async (tx) => {
    if (key === undefined) return work(tx);
    const hash = createHash('sha256')
      .update(JSON.stringify(request) ?? '')
      .digest('hex');
    const stored = await claimKey(tx, actorSub, key, operation, hash, new Date());
    if (stored) {
      if (stored.operation !== operation || stored.requestHash !== hash)
        throw new HttpProblem(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'Idempotency-Key er brukt før',
          'Nøkkelen ble brukt til en annen forespørsel; bruk en ny nøkkel.',
        );
      return { status: stored.status, body: stored.response, replayed: true };
    }
    const outcome = await work(tx);
    await storeResponse(tx, actorSub, key, outcome.status, outcome.body);
    return outcome;
  });
}
