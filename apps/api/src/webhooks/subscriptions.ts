import { randomUUID } from 'node:crypto';
import { caseScopeOf } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import { scopeParams } from '../events/feed.js';
import { iso } from '../repository/rows.js';
import { newWebhookSecret } from './signature.js';

export interface SubscriptionRow {
  id: string;
  url: string;
  secret: string;
  types: string[] | null;
  owner: Pick<Principal, 'sub' | 'role' | 'organisationNumber' | 'municipalityNumber' | 'countyOfficeId'>;
  status: 'active' | 'disabled';
  deliveredThrough: string;
  createdAt: Date | string;
}

const COLUMNS = `id, url, secret, types, owner, status, delivered_through::text as "deliveredThrough",
  created_at as "createdAt"`;

/**
 * A new subscription for `owner`, receiving what the owner may read from now on, or from `after` (a feed cursor)
 * to catch up first; a cursor past the end of the feed means now. The secret is returned here and never again.
 */
export async function createSubscription(
  db: Queryable,
  owner: Principal,
  input: { url: string; types?: string[] | undefined; after?: string | undefined },
  now: Date,
): Promise<SubscriptionRow> {
  const { rows } = await db.query<SubscriptionRow>(
    `insert into webhook_subscriptions (id, url, secret, types, owner, scope_kind, scope_value, delivered_through,
       next_attempt_at, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7,
       (select least(coalesce($8::bigint, max_position), max_position)
        from (select coalesce(max(position), 0) as max_position from case_events) top), $9, $9)
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
        municipalityNumber: owner.municipalityNumber,
        countyOfficeId: owner.countyOfficeId,
      }),
      ...scopeParams(caseScopeOf(owner)),
      input.after ?? null,
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

const DELIVERY_COLUMNS = `event_id as "eventId", position::text as cursor, status, attempts,
  last_attempt_at as "lastAttemptAt", last_status as "lastStatus", last_error as "lastError"`;

const deliveryView = (r: DeliveryRow & { lastAttemptAt: Date | string | null }): DeliveryRow => ({
  ...r,
  lastAttemptAt: r.lastAttemptAt ? iso(r.lastAttemptAt) : null,
});

/** The subscription's delivery log, newest first: what arrived, what is being retried, what is dead. */
export async function listDeliveries(
  db: Queryable,
  subscriptionId: string,
  limit: number,
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `select ${DELIVERY_COLUMNS} from webhook_deliveries where subscription_id = $1 order by position desc limit $2`,
    [subscriptionId, limit],
  );
  return rows.map(deliveryView);
}

/**
 * Asks for an event to be delivered again (a dead one, or one the receiver lost). It goes out before the next new
 * event, with the same webhook-id. `missing` when the subscription never had the event; `busy` while it is still
 * being tried or already asked for.
 */
export async function requestRedelivery(
  db: Queryable,
  subscriptionId: string,
  eventId: string,
  now: Date,
): Promise<DeliveryRow | 'missing' | 'busy'> {
  const { rows } = await db.query<DeliveryRow>(
    `with asked as (
       update webhook_deliveries set status = 'redeliver', attempts = 0
       where subscription_id = $1 and event_id = $2 and status in ('delivered', 'dead') returning *
     ), woken as (
       update webhook_subscriptions set next_attempt_at = least(next_attempt_at, $3)
       where id = $1 and exists (select 1 from asked)
     )
     select ${DELIVERY_COLUMNS} from asked`,
    [subscriptionId, eventId, now.toISOString()],
  );
  if (rows[0]) return deliveryView(rows[0]);
  const { rows: known } = await db.query(
    'select 1 from webhook_deliveries where subscription_id = $1 and event_id = $2',
    [subscriptionId, eventId],
  );
  return known.length > 0 ? 'busy' : 'missing';
}
