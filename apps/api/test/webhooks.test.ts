import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAV_OFFICES, DEMO_USERS } from '../src/demo/people.js';
import { walkCase } from '../src/demo/walk.js';
import { EVENT_TYPES } from '../src/events/event-types.js';
import { type EventWorker, startEventWorker } from '../src/events/worker.js';
import {
  createSubscription,
  findSubscription,
  listDeliveries,
  requestRedelivery,
  type SubscriptionRow,
} from '../src/webhooks/subscriptions.js';
import { callOf, startTestApi, type TestApi } from './harness.js';
import { firstArrivalsPerCase, startSubscriber } from './webhook-subscriber.js';

let api: TestApi;
let worker: EventWorker;
let subscription: SubscriptionRow | undefined;
let subscriber: Awaited<ReturnType<typeof startSubscriber>>;

beforeAll(async () => {
  api = await startTestApi();
  subscriber = await startSubscriber(() => subscription?.secret ?? '');
  worker = startEventWorker(api.db, {
    pollMs: 60_000,
    delivery: { leaseMs: 5000, timeoutMs: 2000, retryDelaysMs: [0, 0, 0] },
    onError: (e) => {
      throw e;
    },
  });
});
afterAll(async () => {
  await worker.stop();
  await subscriber.close();
  await api.close();
});
afterEach(() => expect(api.violations).toEqual([]));

const principal = (id: string) => {
  const p = DEMO_USERS.get(id);
  if (!p) throw new Error(id);
  return p;
};

async function walk(stop: Parameters<typeof walkCase>[2], name: string, office = 0) {
  const o = DEMO_NAV_OFFICES[office];
  if (!o) throw new Error('office');
  return walkCase(
    {
      office: await api.client(office === 0 ? 'nav-gjovik' : 'nav-frogner'),
      county: await api.client(office === 0 ? 'sf-innlandet' : 'sf-oslo'),
      setClock: api.setClock,
    },
    {
      call: callOf('utvikling-sosiale-tjenester-2025'),
      office: o.office,
      countyOfficeId: o.countyOfficeId,
      applicationId: `soknad-${name}`,
      measureName: name,
    },
    stop,
  );
}

/** Rounds of the worker until nothing is due (retries here wait 0 ms). */
async function drain(rounds = 10) {
  for (let i = 0; i < rounds; i++) await worker.runOnce();
}

describe(`webhooks (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('delivers what the owner may read, in order per case, signed as Standard Webhooks', async () => {
    subscription = await createSubscription(
      api.db,
      principal('sf-innlandet'),
      { url: subscriber.url },
      new Date(),
    );
    const a = await walk('paid', 'a');
    await walk('submitted', 'frogner', 1);
    const b = await walk('granted', 'b');
    await drain();
    const { received } = subscriber;
    expect(received.every((r) => r.verified)).toBe(true);
    expect(received.every((r) => r.id === r.event.id)).toBe(true);
    // The county office sees its own cases once submitted: no create, nothing of Frogner's.
    expect(received.map((r) => r.event.type)).not.toContain(EVENT_TYPES.create);
    expect(new Set(received.map((r) => r.event.source))).toEqual(
      new Set([`/v1/applications/${a.id}`, `/v1/applications/${b.id}`]),
    );
    expect(received).toHaveLength(6 + 4);
    for (const sequences of firstArrivalsPerCase(received).values())
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    const found = await findSubscription(api.db, subscription.id);
    expect(found?.deliveredThrough).not.toBe('0');
  });

  it('retries a failing receiver without letting later events overtake, then dead-letters after the last attempt', async () => {
    subscriber.received.length = 0;
    // The first event fails twice, then arrives; everything after waits for it.
    let failures = 0;
    subscriber.answerWith((_r, res) => {
      if (failures++ < 2) res.writeHead(503).end();
      else res.writeHead(200).end();
    });
    const c = await walk('granted', 'c');
    await drain();
    const ids = subscriber.received.map((r) => r.id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(subscriber.received.map((r) => r.event.sequence)).toEqual([
      '0000000002',
      '0000000002',
      '0000000002',
      '0000000003',
      '0000000004',
      '0000000005',
    ]);
    expect(new Set(subscriber.received.map((r) => r.event.source))).toEqual(
      new Set([`/v1/applications/${c.id}`]),
    );

    // A receiver that never takes one event: four attempts (three waits), then it is dead and the next goes out.
    subscriber.received.length = 0;
    let refused: string | undefined;
    subscriber.answerWith((r, res) => {
      refused ??= r.id;
      res.writeHead(r.id === refused ? 500 : 204).end();
    });
    await walk('granted', 'd');
    await drain();
    const attempts = subscriber.received.filter((r) => r.id === refused);
    expect(attempts).toHaveLength(4);
    expect(subscriber.received.at(-1)?.id).not.toBe(refused);
    const sub = subscription as SubscriptionRow;
    const log = await listDeliveries(api.db, sub.id, 100);
    expect(log.find((d) => d.eventId === refused)).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastStatus: 500,
    });

    // Redelivery on request: the dead event goes out again, with the same webhook-id.
    subscriber.answerWith((_r, res) => res.writeHead(204).end());
    expect(await requestRedelivery(api.db, sub.id, refused ?? '', new Date())).toBe(true);
    await drain();
    expect(subscriber.received.at(-1)?.id).toBe(refused);
    expect((await listDeliveries(api.db, sub.id, 100)).find((d) => d.eventId === refused)).toMatchObject({
      status: 'delivered',
    });
    expect(await requestRedelivery(api.db, sub.id, '00000000-0000-4000-8000-000000000000', new Date())).toBe(
      false,
    );
  });

  it('stops delivering to a receiver that answers 410 Gone', async () => {
    subscriber.received.length = 0;
    subscriber.answerWith((_r, res) => res.writeHead(410).end());
    await walk('granted', 'e');
    await drain();
    expect(subscriber.received).toHaveLength(1);
    expect((await findSubscription(api.db, subscription?.id ?? ''))?.status).toBe('disabled');
  });
});
