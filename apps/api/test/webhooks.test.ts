import type { Schemas, TilskuddClient } from '@sosialtilskudd/api-client';
import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { walkCase } from '../src/demo/walk.js';
import { type EventWorker, startEventWorker } from '../src/events/worker.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';
import { firstArrivalsPerCase, startSubscriber } from './webhook-subscriber.js';

let api: TestApi;
let worker: EventWorker;
let subscription: Schemas['CreatedWebhookSubscription'] | undefined;
let subscriber: Awaited<ReturnType<typeof startSubscriber>>;
let county: TilskuddClient;

beforeAll(async () => {
  api = await startTestApi();
  county = await api.client('sf-innlandet');
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

const subscriptionPath = (id: string) => ({ params: { path: { subscriptionId: id } } });
const deliveries = async (id: string) =>
  (await county.GET('/v1/webhook-subscriptions/{subscriptionId}/deliveries', subscriptionPath(id))).items;

async function walk(stop: Parameters<typeof walkCase>[2], name: string, office = 0) {
  const o = DEMO_NAV_OFFICES[office];
  if (!o) throw new Error('office');
  return walkCase(
    await walkersFor(api, office === 0 ? 'gjovik' : 'frogner'),
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
    subscription = await county.POST('/v1/webhook-subscriptions', { body: { url: subscriber.url } });
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
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
    // a (paid): submit, assign, propose, approve, grant, letter, accept, propose, approve, pay; b (granted): six.
    expect(received).toHaveLength(10 + 6);
    for (const sequences of firstArrivalsPerCase(received).values())
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    const found = await county.GET(
      '/v1/webhook-subscriptions/{subscriptionId}',
      subscriptionPath(subscription.id),
    );
    expect(found).not.toHaveProperty('secret');
    expect(Number(found.deliveredThrough)).toBeGreaterThan(0);
  });

  it('retries a failing receiver without letting later events overtake, then dead-letters after the last attempt', async () => {
    subscriber.received.length = 0;
    // The first event the county office sees (the submission, after the draft's create and sign-off) fails twice,
    // then arrives; everything after waits for it.
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
      '0000000005',
      '0000000005',
      '0000000005',
      '0000000006',
      '0000000007',
      '0000000008',
      '0000000009',
      '0000000010',
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
    const sub = subscription as Schemas['CreatedWebhookSubscription'];
    const log = await deliveries(sub.id);
    expect(log.find((d) => d.eventId === refused)).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastStatus: 500,
    });

    // Redelivery on request: the dead event goes out again, with the same webhook-id.
    subscriber.answerWith((_r, res) => res.writeHead(204).end());
    const redelivery = (eventId: string) => ({
      params: { path: { subscriptionId: sub.id, eventId } },
    });
    const path = '/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redelivery' as const;
    expect(await county.POST(path, redelivery(refused ?? ''))).toMatchObject({ status: 'redeliver' });
    // Asked for already: 409 until it has gone out again.
    expect((await county.raw.POST(path, redelivery(refused ?? ''))).response.status).toBe(409);
    await drain();
    expect(subscriber.received.at(-1)?.id).toBe(refused);
    expect((await deliveries(sub.id)).find((d) => d.eventId === refused)).toMatchObject({
      status: 'delivered',
    });
    const unknown = await county.raw.POST(path, redelivery('00000000-0000-4000-8000-000000000000'));
    expect(unknown.response.status).toBe(404);
  });

  it('stops delivering to a receiver that answers 410 Gone', async () => {
    subscriber.received.length = 0;
    subscriber.answerWith((_r, res) => res.writeHead(410).end());
    await walk('granted', 'e');
    await drain();
    expect(subscriber.received).toHaveLength(1);
    const id = subscription?.id ?? '';
    expect(
      (await county.GET('/v1/webhook-subscriptions/{subscriptionId}', subscriptionPath(id))).status,
    ).toBe('disabled');
  });

  it('keeps each subscription to its owner: others get 404; the owner lists and ends it', async () => {
    const id = subscription?.id ?? '';
    const other = await api.client('sf-oslo');
    expect(
      (await other.raw.GET('/v1/webhook-subscriptions/{subscriptionId}', subscriptionPath(id))).response
        .status,
    ).toBe(404);
    expect(
      (await other.raw.DELETE('/v1/webhook-subscriptions/{subscriptionId}', subscriptionPath(id))).response
        .status,
    ).toBe(404);
    expect((await other.GET('/v1/webhook-subscriptions')).items).toEqual([]);
    expect((await county.GET('/v1/webhook-subscriptions')).items.map((s) => s.id)).toEqual([id]);
    expect(
      await county.DELETE('/v1/webhook-subscriptions/{subscriptionId}', subscriptionPath(id)),
    ).toMatchObject({ id });
    expect((await county.GET('/v1/webhook-subscriptions')).items).toEqual([]);
  });

  it('refuses what is not a web address, and in production anything but https', async () => {
    const refused = await county.raw.POST('/v1/webhook-subscriptions', {
      body: { url: 'ftp://example.no/hook' },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error).toMatchObject({ issues: [{ path: '/url' }] });
    const unknownType = await county.raw.POST('/v1/webhook-subscriptions', {
      body: { url: subscriber.url, types: ['no.sosialtilskudd.nothing' as never] },
    });
    expect(unknownType.response.status).toBe(422);
    expect(unknownType.error).toMatchObject({ issues: [{ path: '/types/0' }] });
    const production = await startTestApi({ webhookHttpsOnly: true });
    try {
      const client = await production.client('sf-innlandet');
      const http = await client.raw.POST('/v1/webhook-subscriptions', {
        body: { url: 'http://example.no/hook' },
      });
      expect(http.response.status).toBe(422);
      expect(http.error).toMatchObject({ issues: [{ code: 'WEBHOOK_URL_NOT_HTTPS', path: '/url' }] });
      const https = await client.POST('/v1/webhook-subscriptions', {
        body: { url: 'https://example.no/hook', types: [EVENT_TYPES.letter], after: '0' },
      });
      expect(https).toMatchObject({ status: 'active', types: [EVENT_TYPES.letter], deliveredThrough: '0' });
      expect(production.violations).toEqual([]);
    } finally {
      await production.close();
    }
  });
});
