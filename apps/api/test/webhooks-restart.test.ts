import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/demo/people.js';
import { createSubscription } from '../src/webhooks/subscriptions.js';
import { type SharedDatabase, sharedDatabase, startApiProcess } from './api-process.js';
import { firstArrivalsPerCase, startSubscriber } from './webhook-subscriber.js';

let shared: SharedDatabase;
afterAll(() => shared?.drop());

const until = async (done: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe(`webhooks across a server killed mid-delivery (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('loses nothing and keeps each case in order: the event in flight comes again with the same webhook-id', async () => {
    shared = await sharedDatabase();
    let secret = '';
    const subscriber = await startSubscriber(() => secret);
    const db = await shared.open();
    const directorate = DEMO_USERS.get('avdir');
    if (!directorate) throw new Error('avdir');
    // From the first position: the demo data's events, loaded when the server starts.
    ({ secret } = await createSubscription(db, directorate, { url: subscriber.url, after: '0' }, new Date()));
    await db.close();

    // The eighth delivery is never answered: the server is killed while it waits for it.
    let held: string | undefined;
    subscriber.answerWith((r, res) => {
      if (subscriber.received.length === 8) held = r.id;
      else res.writeHead(204).end();
    });
    const env = {
      ...shared.env,
      EVENT_POLL_MS: '100',
      WEBHOOK_LEASE_MS: '1500',
      WEBHOOK_TIMEOUT_MS: '60000',
    };
    const first = startApiProcess(env);
    await until(() => held !== undefined, 150_000);
    first.child.kill('SIGKILL');
    await first.exited;

    subscriber.answerWith((_r, res) => res.writeHead(204).end());
    const second = startApiProcess(env);
    // Delivered once the stream has been quiet for two seconds.
    let count = -1;
    await until(() => {
      const quiet = subscriber.received.length === count;
      count = subscriber.received.length;
      return quiet && count > 8;
    }, 60_000).catch(() => {});
    await new Promise((r) => setTimeout(r, 2000));
    second.child.kill('SIGTERM');
    await second.exited;
    await subscriber.close();

    const after = await shared.open();
    // The directorate's subscription: every event but a draft's, which stay with the office.
    const { rows } = await after.query<{ id: string }>(
      'select id from case_events where not office_only order by position',
    );
    await after.close();
    const ids = subscriber.received.map((r) => r.id);
    // The demo's events the directorate may see: twenty (not the drafts' own).
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    expect(ids.filter((id) => id === held)).toHaveLength(2);
    expect(ids.length).toBe(rows.length + 1);
    expect(subscriber.received.every((r) => r.verified)).toBe(true);
    for (const sequences of firstArrivalsPerCase(subscriber.received).values())
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
  }, 300_000);
});
