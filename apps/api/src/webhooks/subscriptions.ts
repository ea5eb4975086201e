import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { eventScopeOf, scopeParams } from '../events/feed.js';
import { iso } from '../repository/rows.js';
import { newWebhookSecret } from './signature.js';

export interface SubscriptionRow {
  id: string;
  url: string;
  secret: string;
  types: string[] | null;
  owner: Pick<Principal, 'sub' | 'role' | 'organisationNumber' | 'countyOfficeId'>;
  status: 'active' | 'disabled';
  deliveredThrough: string;
  createdAt: Date | string;
}

const COLUMNS = `id, url, secret, types, owner, status, delivered_through::text as "deliveredThrough",
  created_at as "createdAt"`;

/**
 * A new subscription for `owner`, receiving what the owner may read from now on, or from `after` (a feed cursor)
 * to catch up first. The secret is returned here and never again.
 */
export async function createSubscription(
  db: Queryable,
  owner: Principal,
  input: { url: string; types?: string[]; after?: bigint },
  now: Date,
): Promise<SubscriptionRow> {
  const { rows } = await db.query<SubscriptionRow>(
    `insert into webhook_subscriptions (id, url, secret, types, owner, scope_kind, scope_value, delivered_through,
       next_attempt_at, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7,
       coalesce($8::bigint, (select coalesce(max(position), 0) from case_events)), $9, $9)
     returning ${COLUMNS}`,
    [
      randomUUID(),
      input.url,
      newWebhookSecret(),
      input.types ?? null,
      JSON.stringify({
        sub: owner.sub,
        role: owner.role,
        organisationNumber: owner.organisationNumber,
        countyOfficeId: owner.countyOfficeId,
      }),
      ...scopeParams(eventScopeOf(owner)),
      input.after?.toString() ?? null,
      now.toISOString(),
    ],
  );
  return rows[0] as SubscriptionRow;
}

export async function listSubscriptions(db: Queryable, ownerSub: string): Promise<SubscriptionRow[]> {
  const { rows } = await db.query<SubscriptionRow>(
    `select ${COLUMNS} from webhook_subscriptions where owner->>'sub' = $1 order by created_at, id`,
    [ownerSub],
  );
  return rows;
}

export async function findSubscription(db: Queryable, id: string): Promise<SubscriptionRow | undefined> {
  const { rows } = await db.query<SubscriptionRow>(
    `select ${COLUMNS} from webhook_subscriptions where id = $1`,
    [id],
  );
  return rows[0];
}

export async function deleteSubscription(db: Queryable, id: string): Promise<void> {
  await db.query('delete from webhook_subscriptions where id = $1', [id]);
}

export interface DeliveryRow {
  eventId: string;
  cursor: string;
  status: 'delivered' | 'retrying' | 'dead' | 'redeliver';
  attempts: number;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
}

/** The subscription's delivery log, newest first: what arrived, what is being retried, what is dead. */
export async function listDeliveries(
  db: Queryable,
  subscriptionId: string,
  limit: number,
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow & { lastAttemptAt: Date | null }>(
    `select event_id as "eventId", position::text as cursor, status, attempts, last_attempt_at as "lastAttemptAt",
       last_status as "lastStatus", last_error as "lastError"
     from webhook_deliveries where subscription_id = $1 order by position desc limit $2`,
    [subscriptionId, limit],
  );
  return rows.map((r) => ({ ...r, lastAttemptAt: r.lastAttemptAt ? iso(r.lastAttemptAt) : null }));
}

/**
 * Asks for an event to be delivered again (a dead one, or one the receiver lost). It goes out before the next new
 * event, with the same webhook-id. False when the subscription never had the event.
 */
export async function requestRedelivery(
  db: Queryable,
  subscriptionId: string,
  eventId: string,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `with asked as (
       update webhook_deliveries set status = 'redeliver', attempts = 0
       where subscription_id = $1 and event_id = $2 and status in ('delivered', 'dead') returning 1
     )
     update webhook_subscriptions set next_attempt_at = least(next_attempt_at, $3)
     where id = $1 and exists (select 1 from asked)`,
    [subscriptionId, eventId, now.toISOString()],
  );
  return rowCount > 0;
}
