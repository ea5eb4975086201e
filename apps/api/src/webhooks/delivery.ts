import type { Queryable } from '../db/database.js';
import { cloudEvent, EVENT_COLUMNS, type EventRow, scopeMatch } from '../events/feed.js';
import { webhookHeaders } from './signature.js';

export interface DeliveryOptions {
  /** This process, as the holder of a lease. */
  worker: string;
  /** How long a claimed subscription stays this process's without a word from it. */
  leaseMs: number;
  /** How long a receiver gets to answer (Standard Webhooks recommends 15–30 s). */
  timeoutMs: number;
  /** The wait after the n-th failed attempt; its length + 1 is the number of attempts before an event is dead. */
  retryDelaysMs: readonly number[];
  /** Real time, not the case clock: leases and backoff are about this machine. */
  clock: () => number;
}

/** The retry schedule Standard Webhooks gives as its example: 10 attempts over about three days. */
export const STANDARD_RETRY_DELAYS_MS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400].map(
  (s) => s * 1000,
);

interface Claimed {
  id: string;
  url: string;
  secret: string;
}

interface Item extends EventRow {
  attempts: number;
  redelivery: boolean;
}

/** The events a subscription `w` has not had yet: after its position, of its types, within its owner's scope. */
const PENDING = (w: string) => `e.position > ${w}.delivered_through
  and (${w}.types is null or e.type = any(${w}.types))
  and ${scopeMatch('e', `${w}.scope_kind`, `${w}.scope_value`)}`;

/** Takes a due subscription that has something to deliver, unless another process holds it. */
async function claim(db: Queryable, o: DeliveryOptions): Promise<Claimed | undefined> {
  const now = o.clock();
  const { rows } = await db.query<Claimed>(
    `update webhook_subscriptions set lease_owner = $1, lease_until = $3
     where id = (
       select w.id from webhook_subscriptions w
       where w.status = 'active' and w.next_attempt_at <= $2 and (w.lease_until is null or w.lease_until < $2)
         and (exists (select 1 from webhook_deliveries d where d.subscription_id = w.id and d.status = 'redeliver')
           or exists (select 1 from case_events e where ${PENDING('w')}))
       order by w.next_attempt_at limit 1 for update skip locked)
     returning id, url, secret`,
    [o.worker, new Date(now).toISOString(), new Date(now + o.leaseMs).toISOString()],
  );
  return rows[0];
}

/** What to send next: an event asked for again, else the next new one. */
async function nextItem(db: Queryable, subscriptionId: string): Promise<Item | undefined> {
  const { rows } = await db.query<Item>(
    `(select ${EVENT_COLUMNS}, d.attempts, true as redelivery
      from webhook_deliveries d join case_events e on e.id = d.event_id
      where d.subscription_id = $1 and d.status = 'redeliver' order by d.position limit 1)
     union all
     (select ${EVENT_COLUMNS}, coalesce(d.attempts, 0), false
      from webhook_subscriptions w join case_events e on ${PENDING('w')}
      left join webhook_deliveries d on d.subscription_id = w.id and d.event_id = e.id
      where w.id = $1 order by e.position limit 1)
     limit 1`,
    [subscriptionId],
  );
  return rows[0];
}

type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'failed'; status: number | null; error: string; retryAfterMs?: number }
  | { kind: 'gone'; status: 410 };

async function post(s: Claimed, item: Item, o: DeliveryOptions): Promise<Outcome> {
  const body = JSON.stringify(cloudEvent(item));
  try {
    const response = await fetch(s.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        ...webhookHeaders(s.secret, item.id, new Date(o.clock()), body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300)
      return { kind: 'delivered', status: response.status };
    if (response.status === 410) return { kind: 'gone', status: 410 };
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      kind: 'failed',
      status: response.status,
      error: `HTTP ${response.status}`,
      ...(Number.isFinite(retryAfter) && retryAfter > 0
        ? { retryAfterMs: Math.min(retryAfter, 86400) * 1000 }
        : {}),
    };
  } catch (error) {
    return { kind: 'failed', status: null, error: (error as Error).message.slice(0, 200) };
  }
}

/** ±10 % so that receivers coming back after an outage are not hit by every retry at once. */
const jitter = (ms: number) => Math.round(ms * (0.9 + Math.random() * 0.2));

/**
 * Records one attempt and moves the subscription on, fenced by the lease: a process that lost its lease (it was
 * too slow, and another took over) changes nothing. Returns whether the lease still holds and work may go on.
 */
async function record(db: Queryable, s: Claimed, item: Item, outcome: Outcome, o: DeliveryOptions) {
  const now = o.clock();
  const attempts = item.attempts + 1;
  const dead = outcome.kind === 'failed' && attempts > o.retryDelaysMs.length;
  const status = outcome.kind === 'delivered' ? 'delivered' : dead ? 'dead' : 'retrying';
  // Done with it (delivered or dead): the position moves past it. Retrying: the subscription waits for it.
  const done = status !== 'retrying';
  const wait =
    outcome.kind === 'failed' && !dead
      ? Math.max(jitter(o.retryDelaysMs[attempts - 1] ?? 0), outcome.retryAfterMs ?? 0)
      : 0;
  const { rowCount } = await db.query(
    `with sub as (
       update webhook_subscriptions set
         delivered_through = case when $4 and not $5 then greatest(delivered_through, $3::bigint)
                                  else delivered_through end,
         status = case when $6 then 'disabled' else status end,
         next_attempt_at = $7,
         lease_until = $8
       where id = $1 and lease_owner = $2 returning id
     )
     insert into webhook_deliveries (subscription_id, event_id, position, status, attempts, last_attempt_at,
       last_status, last_error)
     select id, $9, $3, $10, $11, $12, $13, $14 from sub
     on conflict (subscription_id, event_id) do update set status = excluded.status, attempts = excluded.attempts,
       last_attempt_at = excluded.last_attempt_at, last_status = excluded.last_status, last_error = excluded.last_error`,
    [
      s.id,
      o.worker,
      item.cursor,
      done,
      item.redelivery,
      outcome.kind === 'gone',
      new Date(now + wait).toISOString(),
      new Date(now + o.leaseMs).toISOString(),
      item.id,
      status,
      attempts,
      new Date(now).toISOString(),
      outcome.status,
      outcome.kind === 'failed' ? outcome.error : null,
    ],
  );
  return rowCount > 0 && done && outcome.kind !== 'gone';
}

async function release(db: Queryable, s: Claimed, o: DeliveryOptions) {
  await db.query(
    'update webhook_subscriptions set lease_owner = null, lease_until = null where id = $1 and lease_owner = $2',
    [s.id, o.worker],
  );
}

/**
 * Claims one due subscription with work and delivers to it in feed order until nothing is left, an attempt fails
 * (the subscription then waits for the retry: later events never overtake it) or `batch` events went out.
 * Returns whether a subscription was claimed, so the caller can go on while there is work.
 */
export async function deliverDue(db: Queryable, o: DeliveryOptions, batch = 100): Promise<boolean> {
  const s = await claim(db, o);
  if (!s) return false;
  for (let sent = 0; sent < batch; sent++) {
    const item = await nextItem(db, s.id);
    if (!item) break;
    if (!(await record(db, s, item, await post(s, item, o), o))) break;
  }
  await release(db, s, o);
  return true;
}
