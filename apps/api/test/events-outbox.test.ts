import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { EXAMPLE_NAV_OFFICE } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { walkCase } from '../src/demo/walk.js';
import { sequenceEvents } from '../src/events/feed.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

/** The whole feed as `user` sees it, followed page by page as an integrator would. */
async function follow(user: DemoUserId, limit = 1000) {
  const client = await api.client(user);
  const items = [];
  let after = '0';
  for (;;) {
    const page = await client.GET('/v1/events', { params: { query: { after, limit } } });
    items.push(...page.items);
    if (page.nextCursor === after) return items;
    after = page.nextCursor;
  }
}
const frogner = DEMO_NAV_OFFICES[1];

async function walk(stop: Parameters<typeof walkCase>[2], office = DEMO_NAV_OFFICES[0]) {
  return walkCase(
    await walkersFor(
      api,
      office?.organisationNumber === EXAMPLE_NAV_OFFICE.organisationNumber ? 'gjovik' : 'frogner',
    ),
    {
      call: callOf('utvikling-sosiale-tjenester-2025'),
      office: office?.office ?? EXAMPLE_NAV_OFFICE,
      countyOfficeId: office?.countyOfficeId ?? 'innlandet',
      applicationId: `soknad-${Math.random().toString(36).slice(2)}`,
      measureName: 'Familieteam',
    },
    stop,
  );
}

describe(`outbox events (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('writes one event per audited change, numbered per case, in the statement of the change', async () => {
    const c = await walk('reported');
    const { rows: audit } = await api.db.query<{ action: string }>(
      'select action from audit_events where application_id = $1 order by id',
      [c.id],
    );
    const { rows: events } = await api.db.query<{
      type: string;
      case_sequence: number;
      position: string | null;
    }>(
      'select type, case_sequence, position::text as position from case_events where application_id = $1 order by case_sequence',
      [c.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'signing-requested',
      'signed',
      'signed',
      'submit',
      'assign',
      'propose',
      'approve',
      'grant',
      'letter',
      'accept',
      'propose',
      'approve',
      'pay',
      'report',
    ]);
    expect(events.map((e) => e.type)).toEqual([
      EVENT_TYPES.create,
      EVENT_TYPES['signing-requested'],
      EVENT_TYPES.signed,
      EVENT_TYPES.signed,
      EVENT_TYPES.submit,
      EVENT_TYPES.assign,
      EVENT_TYPES.propose,
      EVENT_TYPES.approve,
      EVENT_TYPES.grant,
      EVENT_TYPES.letter,
      EVENT_TYPES.accept,
      EVENT_TYPES.propose,
      EVENT_TYPES.approve,
      EVENT_TYPES.pay,
      EVENT_TYPES.report,
    ]);
    expect(events.map((e) => e.case_sequence)).toEqual(audit.map((_, n) => n + 1));
    // Not yet in the feed: positions are given after commit.
    expect(events.every((e) => e.position === null)).toBe(true);
  });

  it('gives committed events gap-free positions, and the feed carries what an archive journals', async () => {
    await sequenceEvents(api.db);
    // Positions are gap-free: 1, 2, 3 … The directorate sees every one but the draft's (its creation), whatever
    // the page size.
    const { rows } = await api.db.query<{ position: string; officeOnly: boolean }>(
      'select position::text, office_only as "officeOnly" from case_events order by case_events.position',
    );
    expect(rows.map((r) => Number(r.position))).toEqual(rows.map((_, n) => n + 1));
    const items = await follow('avdir', 3);
    expect(items.map((i) => i.cursor)).toEqual(rows.filter((r) => !r.officeOnly).map((r) => r.position));
    expect(await follow('avdir')).toEqual(items);
    const letter = items.find((i) => i.event.type === EVENT_TYPES.letter)?.event;
    expect(letter).toMatchObject({
      specversion: '1.0',
      datacontenttype: 'application/json',
      sequence: '0000000010',
      data: {
        caseNumber: expect.stringMatching(/^2025\/\d+$/),
        action: 'letter',
        document: { documentType: 'grant-letter', href: expect.stringMatching(/\/letter\/pdf$/) },
        journal: {
          title: 'Tilskuddsbrev: Familieteam',
          date: '2025-03-15',
          direction: 'outgoing',
          sender: {
            kind: 'county-office',
            countyOfficeId: 'innlandet',
            name: 'Statsforvalteren i Innlandet',
          },
          recipient: { kind: 'nav-office', name: 'Nav Gjøvik', organisationNumber: '974541254' },
        },
      },
    });
    expect(letter?.subject).toBe(letter?.data.caseNumber);
    // Nothing new: the same cursor back.
    const client = await api.client('avdir');
    const last = items.at(-1)?.cursor ?? '';
    expect(await client.GET('/v1/events', { params: { query: { after: last } } })).toEqual({
      items: [],
      nextCursor: last,
    });
    const bad = await client.raw.GET('/v1/events', { params: { query: { after: '-1' } } });
    expect(bad.response.status).toBe(400);
  });

  it('shows each reader only what it may see: drafts stay with the office', async () => {
    await walk('draft', frogner);
    await walk('submitted', frogner);
    await sequenceEvents(api.db);
    const types = async (user: DemoUserId) =>
      (await follow(user)).map((i) => [i.event.data.organisationNumber, i.event.type]);
    const office = await types('nav-frogner');
    expect(office).toEqual([
      ['974760525', EVENT_TYPES.create],
      ['974760525', EVENT_TYPES.create],
      ['974760525', EVENT_TYPES['signing-requested']],
      ['974760525', EVENT_TYPES.signed],
      ['974760525', EVENT_TYPES.signed],
      ['974760525', EVENT_TYPES.submit],
    ]);
    expect(await types('nav-frogner-leder')).toEqual(office);
    // The chief executive sees the cases whose applicant covers the municipality (Frogner: Oslo), drafts too.
    expect(await types('oslo-kommunedirektor')).toEqual(office);
    const gjovik = await types('nav-gjovik');
    expect(gjovik.length).toBe(11);
    expect(await types('gjovik-kommunedirektor')).toEqual(gjovik);
    expect(await types('sf-oslo')).toEqual([['974760525', EVENT_TYPES.submit]]);
    expect((await types('sf-innlandet')).length).toBe(11);
    expect((await types('nav-midt-telemark')).length).toBe(0);
    // The directorate: every case's events once submitted, not a draft's.
    expect((await types('avdir')).length).toBe(12);
  });
});
