import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { exampleFrame, type Frame } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FRAMES, issueDemoFrames } from '../src/demo/frames.js';
import { callOf, type DemoUserId, startTestApi, type TestApi } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
const callPath = { params: { path: { callId: call.id } } };
const innlandet = { ...exampleFrame(call), issuedBy: { authority: 'directorate' as const, name: 'Eva Moe' } };
const refusal = (e: unknown) => {
  const p = e as TilskuddProblemError;
  return [p.status, p.issues.map((i) => `${i.code} ${i.path}`)];
};

let api: TestApi;
const as = (user: DemoUserId) => api.client(user);
const issue = async (body: Frame, user: DemoUserId = 'avdir') =>
  (await as(user)).POST('/v1/calls/{callId}/frames', { ...callPath, body }).catch((e: unknown) => e);

beforeAll(async () => {
  api = await startTestApi();
  await issueDemoFrames(await as('avdir'), api.now());
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('frames (fullmakter) under a call', () => {
  it('the demo frames are in force: every one for the directorate, its own for each county office', async () => {
    const all = await (await as('avdir')).GET('/v1/calls/{callId}/frames', callPath);
    expect(all.items.map((f) => f.document.amount).sort()).toEqual(DEMO_FRAMES.map((f) => f.amount).sort());
    const own = await (await as('sf-innlandet')).GET('/v1/calls/{callId}/frames', callPath);
    expect(own.items).toMatchObject([
      {
        createdBy: { sub: 'dev:avdir', role: 'directorate' },
        document: {
          id: 'fullmakt-2025-innlandet',
          amount: 7_500_000,
          budget: { chapter: '0621', post: '63' },
        },
      },
    ]);
  });

  it('applicants do not read frames; only the directorate issues them', async () => {
    for (const user of ['nav-gjovik', 'nav-gjovik-leder', 'gjovik-kommunedirektor'] as const) {
      const refused = await (await as(user))
        .GET('/v1/calls/{callId}/frames', callPath)
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ status: 403 });
    }
    const before = await api.db.query('select count(*)::int as n from frames');
    for (const user of ['sf-innlandet', 'nav-gjovik'] as const)
      expect(await issue({ ...innlandet, version: 2, changeReason: 'Egen økning' }, user)).toMatchObject({
        status: 403,
      });
    expect((await api.db.query('select count(*)::int as n from frames')).rows).toEqual(before.rows);
  });

  it('a change during the year is the next version, with its reason; every version stays readable', async () => {
    expect(refusal(await issue({ ...innlandet, version: 2, amount: 7_800_000 }))).toEqual([
      422,
      ['FRAME_CHANGE_UNEXPLAINED /changeReason'],
    ]);
    // One past the next version is refused; the next version exactly is issued.
    const changed = { ...innlandet, amount: 7_800_000, issuedOn: '2025-06-20', changeReason: 'Omfordeling' };
    expect(refusal(await issue({ ...changed, version: 3 }))).toEqual([
      422,
      ['FRAME_VERSION_NOT_NEXT /version'],
    ]);
    expect(refusal(await issue({ ...innlandet, version: 1 }))).toEqual([
      422,
      ['FRAME_VERSION_NOT_NEXT /version'],
    ]);
    expect(await issue({ ...changed, version: 2 })).toMatchObject({ document: { version: 2 } });

    const own = await (await as('sf-innlandet')).GET('/v1/calls/{callId}/frames', callPath);
    expect(own.items.map((f) => [f.document.version, f.document.amount])).toEqual([[2, 7_800_000]]);
    const versions = await (await as('sf-innlandet')).GET('/v1/calls/{callId}/frames/{frameId}/versions', {
      params: { path: { callId: call.id, frameId: innlandet.id } },
    });
    expect(versions.items.map((f) => [f.document.version, f.document.amount])).toEqual([
      [2, 7_800_000],
      [1, 7_500_000],
    ]);
  });

  it('another county office’s frame is not there for a caseworker, nor a frame that does not exist', async () => {
    for (const [user, frameId] of [
      ['sf-oslo', innlandet.id],
      ['avdir', 'fullmakt-2025-ukjent'],
    ] as const) {
      const missing = await (await as(user))
        .GET('/v1/calls/{callId}/frames/{frameId}/versions', {
          params: { path: { callId: call.id, frameId } },
        })
        .catch((e: unknown) => e);
      expect(missing).toMatchObject({ status: 404 });
    }
    const unknownCall = await (await as('avdir'))
      .GET('/v1/calls/{callId}/frames', { params: { path: { callId: 'ukjent-2025' } } })
      .catch((e: unknown) => e);
    expect(unknownCall).toMatchObject({ status: 404 });
  });

  it('one frame per county office and call, an id names one frame, and the body’s call is the path’s', async () => {
    expect(refusal(await issue({ ...innlandet, id: 'fullmakt-2025-innlandet-b' }))).toEqual([
      422,
      ['FRAME_ALREADY_ISSUED /id'],
    ]);
    const oslo = {
      ...innlandet,
      holder: { kind: 'county-office' as const, countyOfficeId: 'agder' as const },
    };
    expect(refusal(await issue({ ...oslo, version: 3, changeReason: 'Ny' }))).toEqual([
      422,
      ['FRAME_ID_TAKEN /id'],
    ]);
    expect(
      refusal(
        await issue({ ...oslo, id: 'fullmakt-2025-agder', callId: 'utvikling-sosiale-tjenester-2024' }),
      ),
    ).toEqual([422, ['CALL_MISMATCH /callId']]);
    expect(await issue({ ...oslo, id: 'fullmakt-2025-agder' })).toMatchObject({
      document: { holder: { countyOfficeId: 'agder' } },
    });
  });

  it('the domain’s rules hold: the scheme’s chapter and post, and the directorate’s own frame only for national trials', async () => {
    const wrongPost = {
      ...innlandet,
      id: 'fullmakt-2025-nordland',
      holder: { kind: 'county-office' as const, countyOfficeId: 'nordland' as const },
    };
    expect(refusal(await issue({ ...wrongPost, budget: { ...wrongPost.budget, post: '21' } }))).toEqual([
      422,
      ['FRAME_BUDGET_POST_MISMATCH /budget/post'],
    ]);
    expect(
      refusal(
        await issue({ ...innlandet, id: 'fullmakt-2025-direktoratet', holder: { kind: 'directorate' } }),
      ),
    ).toEqual([422, ['FRAME_DIRECTORATE_WITHOUT_TRIALS /holder/kind']]);
    // 2023 had national trials: the directorate's own frame is issued there.
    const call2023 = callOf('utvikling-sosiale-tjenester-2023');
    const own = await (await as('avdir')).POST('/v1/calls/{callId}/frames', {
      params: { path: { callId: call2023.id } },
      body: { ...exampleFrame(call2023), id: 'fullmakt-2023-direktoratet', holder: { kind: 'directorate' } },
    });
    expect(own.document.holder).toEqual({ kind: 'directorate' });
  });

  it('two versions issued at once: one is stored, the other refused, never both', async () => {
    const next = { ...innlandet, version: 3, amount: 8_000_000, changeReason: 'Revidert budsjett' };
    const answers = await Promise.all([issue(next), issue({ ...next, amount: 8_100_000 })]);
    const statuses = answers.map((a) => (a as { status?: number }).status ?? 201).sort();
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    const { rows } = await api.db.query(
      'select count(*)::int as n from frames where id = $1 and version = 3',
      [innlandet.id],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });
});
