import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sequenceEvents } from '../src/events/feed.js';
import { startTestApi, type TestApi, walkGjovik } from './harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const walk = (stop: Parameters<typeof walkGjovik>[1], name: string) => walkGjovik(api, stop, name);

const path = (applicationId: string) => ({ params: { path: { applicationId } } });
const MESSAGES = '/v1/applications/{applicationId}/messages' as const;

describe(`messages on a case (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the county office asks, the Nav office answers: in order, in the audit log and in the feed', async () => {
    const c = await walk('submitted', 'meldinger');
    const county = await api.client('sf-innlandet');
    const office = await api.client('nav-gjovik');
    const asked = await county.POST(MESSAGES, {
      ...path(c.id),
      body: { body: 'Kan dere sende budsjettet for år to?' },
    });
    expect(asked).toMatchObject({ from: 'handler', author: { role: 'county-caseworker' } });
    const answered = await office.POST(MESSAGES, {
      ...path(c.id),
      body: { body: '  Ja, det kommer i morgen.  ' },
    });
    expect(answered).toMatchObject({ from: 'applicant', body: 'Ja, det kommer i morgen.' });
    for (const reader of [county, office])
      expect((await reader.GET(MESSAGES, path(c.id))).items.map((m) => m.id)).toEqual([
        asked.id,
        answered.id,
      ]);

    const audit = await county.GET('/v1/applications/{applicationId}/audit', path(c.id));
    expect(audit.items.filter((e) => e.action === 'message')).toHaveLength(2);

    await sequenceEvents(api.db);
    const feed = await office.GET('/v1/events', { params: { query: { limit: 1000 } } });
    const messages = feed.items.filter((i) => i.event.type === EVENT_TYPES.message).map((i) => i.event);
    expect(messages.map((e) => [e.data.actorRole, e.data.document?.id, e.sequence])).toEqual([
      ['county-caseworker', asked.id, '0000000006'],
      ['nav-office', answered.id, '0000000007'],
    ]);
    expect(messages[0]?.data.document?.href).toBe(`/v1/applications/${c.id}/messages`);
    // An archive journals each message as a letter: the question out from the county office, the answer in.
    expect(
      messages.map((e) => [e.data.journal?.direction, e.data.journal?.sender.kind, e.data.journal?.title]),
    ).toEqual([
      ['outgoing', 'county-office', 'Melding i saken: meldinger'],
      ['incoming', 'nav-office', 'Melding i saken: meldinger'],
    ]);
    expect(messages[1]?.data.journal?.documentHref).toBe(`/v1/applications/${c.id}/messages`);
  });

  it('refuses the others, a draft and an empty message', async () => {
    const c = await walk('submitted', 'avvist-melding');
    const send = async (user: Parameters<TestApi['client']>[0], text: string, id = c.id) =>
      (await (await api.client(user)).raw.POST(MESSAGES, { ...path(id), body: { body: text } })).response
        .status;
    expect(await send('nav-frogner', 'Hei')).toBe(404);
    expect(await send('sf-oslo', 'Hei')).toBe(404);
    // The directorate reads every case but handles only national trials.
    expect(await send('avdir', 'Hei')).toBe(403);
    // The office's head writes for the office; the chief executive reads the case but does not write here.
    expect(await send('nav-gjovik-leder', 'Hei')).toBe(201);
    expect(await send('gjovik-kommunedirektor', 'Hei')).toBe(403);
    const empty = await (await api.client('nav-gjovik')).raw.POST(MESSAGES, {
      ...path(c.id),
      body: { body: '   ' },
    });
    expect(empty.response.status).toBe(422);
    expect(empty.error).toMatchObject({ issues: [{ path: '/body' }] });
    expect(await send('nav-gjovik', 'x'.repeat(5001))).toBe(422);
    expect(await send('nav-gjovik', 'x'.repeat(5000))).toBe(201);
    const draft = await walk('draft', 'utkast-melding');
    const refused = await (await api.client('nav-gjovik')).raw.POST(MESSAGES, {
      ...path(draft.id),
      body: { body: 'Hei' },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ code: 'CASE_NOT_SUBMITTED' });
  });
});
