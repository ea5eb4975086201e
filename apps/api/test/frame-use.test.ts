import type { Schemas } from '@sosialtilskudd/api-client';
import {
  type CaseDecision,
  COUNTY_OFFICE_IDS,
  type CountyOfficeId,
  exampleFrame,
} from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assessmentFor, decisionFor } from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { walkCase } from '../src/demo/walk.js';
import { callOf, type DemoUserId, gjovikFacts, startTestApi, type TestApi, walkersFor } from './harness.js';

const call2024 = callOf('utvikling-sosiale-tjenester-2024');
const call = callOf('utvikling-sosiale-tjenester-2025');
const trialCall = callOf('utvikling-sosiale-tjenester-2023');
const onCall = (callId: string) => ({ params: { path: { callId } } });
const facts = gjovikFacts;

let api: TestApi;
const as = (user: DemoUserId) => api.client(user);
/** What last year's three-year grant at Innlandet commits in the 2025 frame. */
let committed = 0;

async function issueFrame(countyOfficeId: CountyOfficeId, slug: string, amount: number, version = 1) {
  await (await as('avdir')).POST('/v1/calls/{callId}/frames', {
    ...onCall(call.id),
    body: {
      ...exampleFrame(call),
      id: `fullmakt-2025-${slug}`,
      holder: { kind: 'county-office', countyOfficeId },
      version,
      amount,
      ...(version > 1 ? { changeReason: `Endret til ${amount} kr` } : {}),
    },
  });
}

const line = (overview: Schemas['FrameUseOverview'], countyOfficeId: CountyOfficeId) =>
  overview.holders.find(
    (h) => h.authority.kind === 'county-office' && h.authority.countyOfficeId === countyOfficeId,
  );

beforeAll(async () => {
  api = await startTestApi();
  const gjovik = await walkersFor(api);
  const previous = await walkCase(gjovik, facts(call2024, 'soknad-2024', 'Tre år'), 'granted');
  const decision = decisionFor(
    { ...facts(call2024, 'soknad-2024', 'Tre år'), caseNumber: previous.caseNumber ?? '' },
    'granted',
  );
  committed = (decision.outcome as Extract<CaseDecision['outcome'], { result: 'granted' }>).amount;
  const alfa = await walkCase(gjovik, facts(call, 'soknad-a', 'Alfa'), 'submitted');
  await walkCase(gjovik, facts(call, 'soknad-b', 'Beta'), 'submitted');
  const oslo = DEMO_NAV_OFFICES[1];
  if (!oslo) throw new Error('office missing');
  await walkCase(
    await walkersFor(api, 'frogner'),
    { ...facts(call, 'soknad-o', 'Oslo'), office: oslo.office, countyOfficeId: oslo.countyOfficeId },
    'submitted',
  );
  await issueFrame('innlandet', 'innlandet', 7_500_000);
  await issueFrame('vestfold-og-telemark', 'vestfold-telemark', 5_000_000);
  await issueFrame('vestfold-og-telemark', 'vestfold-telemark', 5_500_000, 2);
  api.setClock('2025-02-20T10:00:00+01:00');
  await (await as('sf-innlandet')).POST('/v1/applications/{applicationId}/assessments', {
    params: { path: { applicationId: alfa.id } },
    body: {
      ...assessmentFor({ ...facts(call, 'soknad-a', 'Alfa'), caseNumber: alfa.caseNumber ?? '' }, 2),
      proposal: { recommendation: 'grant', amount: 400_000, amountReason: 'Delvis' },
    },
  });
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('every holder’s frame use under a call (the directorate’s national view)', () => {
  it('lists every county office, with or without a frame, each as its round board counts it', async () => {
    const avdir = await as('avdir');
    const overview = await avdir.GET('/v1/calls/{callId}/frame-use', onCall(call.id));
    expect(overview.callId).toBe(call.id);
    expect(committed).toBeGreaterThan(0);
    // No national trials under the 2025 call: the directorate holds no frame there, so only the ten offices.
    expect(overview.holders.map((h) => h.authority)).toEqual(
      COUNTY_OFFICE_IDS.map((countyOfficeId) => ({ kind: 'county-office', countyOfficeId })),
    );
    expect(line(overview, 'innlandet')).toEqual({
      authority: { kind: 'county-office', countyOfficeId: 'innlandet' },
      frame: {
        id: 'fullmakt-2025-innlandet',
        version: 1,
        amount: 7_500_000,
        chapter: '0621',
        post: '63',
        issuedOn: exampleFrame(call).issuedOn,
      },
      totals: {
        frame: 7_500_000,
        committed,
        proposed: 400_000,
        granted: 0,
        remaining: 7_500_000 - committed - 400_000,
      },
      caseCount: 2,
    });
    // A frame changed during the year counts in its version in force.
    expect(line(overview, 'vestfold-og-telemark')).toMatchObject({
      frame: { version: 2, amount: 5_500_000 },
      totals: { frame: 5_500_000, committed: 0, proposed: 0, granted: 0, remaining: 5_500_000 },
      caseCount: 0,
    });
    // Cases but no frame yet: shown plainly, not hidden.
    expect(line(overview, 'ostfold-buskerud-oslo-akershus')).toMatchObject({
      frame: null,
      totals: null,
      caseCount: 1,
    });
    expect(line(overview, 'agder')).toMatchObject({ frame: null, totals: null, caseCount: 0 });

    // The same figures as each holder's round board: one computation, not two.
    for (const holder of overview.holders) {
      if (holder.authority.kind !== 'county-office') throw new Error('a county office expected');
      const board = await avdir.GET('/v1/calls/{callId}/rounds/{holder}', {
        params: { path: { callId: call.id, holder: holder.authority.countyOfficeId } },
      });
      expect([holder.totals, holder.caseCount, holder.frame?.amount ?? null]).toEqual([
        board.totals,
        board.caseCount,
        board.frame?.document.amount ?? null,
      ]);
    }
  });

  it('has the directorate’s own line under a call with national trials', async () => {
    const overview = await (await as('avdir')).GET('/v1/calls/{callId}/frame-use', onCall(trialCall.id));
    expect(overview.holders).toHaveLength(COUNTY_OFFICE_IDS.length + 1);
    expect(overview.holders.at(-1)).toEqual({
      authority: { kind: 'directorate' },
      frame: null,
      totals: null,
      caseCount: 0,
    });
  });

  it('gives a county office its own line only, and refuses the Nav offices and municipalities', async () => {
    const own = await (await as('sf-innlandet')).GET('/v1/calls/{callId}/frame-use', onCall(call.id));
    const all = await (await as('avdir')).GET('/v1/calls/{callId}/frame-use', onCall(call.id));
    expect(own.holders).toEqual([line(all, 'innlandet')]);
    const oslo = await (await as('sf-oslo')).GET('/v1/calls/{callId}/frame-use', onCall(call.id));
    expect(oslo.holders).toEqual([line(all, 'ostfold-buskerud-oslo-akershus')]);
    for (const user of ['nav-gjovik', 'nav-gjovik-leder', 'gjovik-kommunedirektor'] as const)
      expect(
        await (await as(user)).GET('/v1/calls/{callId}/frame-use', onCall(call.id)).catch((e: unknown) => e),
      ).toMatchObject({ status: 403 });
    expect(
      await (await as('avdir'))
        .GET('/v1/calls/{callId}/frame-use', onCall('ukjent'))
        .catch((e: unknown) => e),
    ).toMatchObject({ status: 404 });
  });

  it('exports one line per holder as CSV for Norwegian spreadsheets, amounts empty without a frame', async () => {
    const csv = async (user: DemoUserId) =>
      fetch(`${api.baseUrl}/v1/calls/${call.id}/frame-use/csv`, {
        headers: { authorization: `Bearer ${await api.token(user)}` },
      });
    const response = await csv('avdir');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="rammer-${call.id}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const [head, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(head).toBe(
      'Embete;Fullmakt;Versjon;Kapittel;Post;Ramme (kr);Forpliktet (kr);Foreslått (kr);Innvilget (kr);Igjen (kr);Saker',
    );
    expect(rows).toHaveLength(COUNTY_OFFICE_IDS.length);
    expect(rows).toContain(
      `Statsforvalteren i Innlandet;fullmakt-2025-innlandet;1;0621;63;7500000;${committed};400000;0;${7_500_000 - committed - 400_000};2`,
    );
    expect(rows).toContain('Statsforvalteren i Agder;Ingen fullmakt;;;;;;;;;0');
    expect((await csv('nav-gjovik')).status).toBe(403);
  });
});
