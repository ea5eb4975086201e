import { EXAMPLE_NAV_OFFICE } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor } from '../src/demo/documents.js';
import { callOf, startTestApi, type TestApi } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

type Office = Awaited<ReturnType<TestApi['client']>>;

/** Every page of the office's list, following nextCursor; the ids in the order they came. */
async function allPages(office: Office, limit: number, between?: (page: number) => Promise<void>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const list = await office.GET('/v1/applications', { params: { query: { limit, cursor } } });
    ids.push(...list.items.map((i) => i.id));
    if (list.nextCursor === null) return ids;
    cursor = list.nextCursor;
    await between?.(page);
  }
  throw new Error('the list did not end');
}

describe('paging through a list with nextCursor', () => {
  let office: Office;
  const created: string[] = [];

  beforeAll(async () => {
    office = await api.client('nav-gjovik');
    // Seven drafts made in the same instant: the order among them rests on the id alone.
    for (let i = 0; i < 7; i++) {
      const draft = await office.POST('/v1/applications', {
        body: applicationFor({
          call,
          office: EXAMPLE_NAV_OFFICE,
          countyOfficeId: 'innlandet',
          applicationId: `side-${i}`,
          measureName: `Tiltak ${i}`,
        }),
      });
      created.push(draft.id);
    }
  });

  it('gives every case once, newest change first, whatever the page size', async () => {
    const everything = await allPages(office, 500);
    expect([...everything].sort()).toEqual([...created].sort());
    for (const limit of [1, 3, 6, 7])
      expect(await allPages(office, limit), `limit ${limit}`).toEqual(everything);
  });

  it('gives no case twice when one changes while someone pages, and the change comes first next time', async () => {
    const before = await allPages(office, 500);
    const oldest = before.at(-1) ?? '';
    const seen = await allPages(office, 3, async (page) => {
      if (page !== 0) return;
      api.setClock('2025-01-21T09:00:00+01:00');
      const current = await office.GET('/v1/applications/{applicationId}', {
        params: { path: { applicationId: oldest } },
      });
      await office.PUT('/v1/applications/{applicationId}', {
        params: { path: { applicationId: oldest }, header: { 'If-Match': current.etag } },
        body: current.document,
      });
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before.slice(0, -1));
    expect((await allPages(office, 3))[0]).toBe(oldest);
  });

  it('refuses a cursor it did not give, naming the parameter', async () => {
    for (const cursor of [
      '3',
      'not-base64!',
      Buffer.from('["yesterday","x"]').toString('base64url'),
      'x'.repeat(201),
    ]) {
      const response = await api.app.inject({
        method: 'GET',
        url: `/v1/applications?cursor=${encodeURIComponent(cursor)}`,
        headers: { authorization: `Bearer ${await api.token('nav-gjovik')}` },
      });
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'INVALID_QUERY',
        detail: expect.stringMatching(/^cursor/),
      });
    }
  });
});
