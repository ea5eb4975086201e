import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { type Assessment, type CaseDecision, exampleFrame } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor, assessmentFor, type CaseFacts, decisionFor } from '../src/demo/documents.js';
import { approve, walkCase } from '../src/demo/walk.js';
import { callOf, type DemoUserId, gjovikFacts, startTestApi, type TestApi, walkersFor } from './harness.js';

const call2024 = callOf('utvikling-sosiale-tjenester-2024');
const call = callOf('utvikling-sosiale-tjenester-2025');
const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const board = { params: { path: { callId: call.id, holder: 'innlandet' as const } } };
const facts = gjovikFacts;

let api: TestApi;
const as = (user: DemoUserId) => api.client(user);
const granted = (d: CaseDecision) => (d.outcome.result === 'granted' ? d.outcome.amount : 0);
/** Last year's three-year grant: what it expects for 2025 is committed before any new measure. */
let lastYear: CaseFacts;
const cases: { id: string; facts: CaseFacts }[] = [];

async function issueFrame(version: number, amount: number) {
  await (await as('avdir')).POST('/v1/calls/{callId}/frames', {
    params: { path: { callId: call.id } },
    body: {
      ...exampleFrame(call),
      version,
      amount,
      ...(version > 1 ? { changeReason: `Endret til ${amount} kr` } : {}),
    },
  });
}

const assessed = (f: CaseFacts, score: 0 | 1 | 2 | 3, amount: number, reason?: string): Assessment => ({
  ...assessmentFor(f, score),
  proposal: { recommendation: 'grant', amount, ...(reason ? { amountReason: reason } : {}) },
});

beforeAll(async () => {
  api = await startTestApi();
  const w = await walkersFor(api);
  const previous = await walkCase(w, facts(call2024, 'soknad-2024', 'Tre år'), 'granted');
  lastYear = { ...facts(call2024, 'soknad-2024', 'Tre år'), caseNumber: previous.caseNumber ?? '' };
  for (const [slug, name] of [
    ['soknad-a', 'Alfa'],
    ['soknad-b', 'Beta'],
    ['soknad-c', 'Gamma'],
  ] as const) {
    const c = await walkCase(w, facts(call, slug, name), 'submitted');
    cases.push({ id: c.id, facts: { ...facts(call, slug, name), caseNumber: c.caseNumber ?? '' } });
  }
  await issueFrame(1, 7_500_000);
  api.setClock('2025-02-20T10:00:00+01:00');
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const requested = () => {
  const { budget } = applicationFor(facts(call, 'x', 'x'));
  return budget.positions.reduce((s, p) => s + p.requestedGrant, 0) + budget.competenceFunds;
};

describe('the round board', () => {
  it('shows the frame, last year’s commitment with its sources, proposals from assessments, and the ranking', async () => {
    const [a, b] = cases;
    if (!a || !b) throw new Error('cases missing');
    const county = await as('sf-innlandet');
    await county.POST('/v1/applications/{applicationId}/assessments', {
      ...on(a.id),
      body: assessed(a.facts, 2, 400_000, 'Delvis'),
    });
    await county.POST('/v1/applications/{applicationId}/assessments', {
      ...on(b.id),
      body: assessed(b.facts, 3, 300_000, 'Delvis'),
    });
    const round = await county.GET('/v1/calls/{callId}/rounds/{holder}', board);
    const commitment = granted(decisionFor(lastYear, 'granted'));
    expect(round.totals).toEqual({
      frame: 7_500_000,
      committed: commitment,
      proposed: 700_000,
      granted: 0,
      remaining: 7_500_000 - commitment - 700_000,
    });
    expect(round.commitments).toMatchObject([
      { caseNumber: lastYear.caseNumber, year: 2025, measureYear: 2, status: 'held', amount: commitment },
    ]);
    expect(round.commitments[0]?.sources.join(' ')).toContain(lastYear.caseNumber);
    expect(round.caseCount).toBe(3);
    expect(round.cases.map((c) => [c.rank, c.measureName, c.stage, c.amount])).toEqual([
      [1, 'Beta', 'assessed', 300_000],
      [2, 'Alfa', 'assessed', 400_000],
      [undefined, 'Gamma', 'submitted', 0],
    ]);
    const filtered = await county.GET('/v1/calls/{callId}/rounds/{holder}', {
      params: { ...board.params, query: { stage: 'submitted' } },
    });
    expect([filtered.caseCount, filtered.cases.map((c) => c.measureName), filtered.totals]).toEqual([
      3,
      ['Gamma'],
      round.totals,
    ]);
  });

  it('exports the ranked rows as CSV for Norwegian spreadsheets', async () => {
    const response = await fetch(`${api.baseUrl}/v1/calls/${call.id}/rounds/innlandet/csv?kind=new`, {
      headers: { authorization: `Bearer ${await api.token('sf-innlandet')}` },
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(
      'tildeling-utvikling-sosiale-tjenester-2025',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFRangering;Saksnummer;Tiltak;')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^1;2025\/\d+;Beta;Nav Gjøvik;Nytt tiltak;\d+;24;\d;Nei;Vurdert;300000$/);
  });

  it('is read by the county office and the directorate only', async () => {
    for (const user of ['sf-oslo', 'nav-gjovik', 'gjovik-kommunedirektor'] as const)
      expect(
        await (await as(user)).GET('/v1/calls/{callId}/rounds/{holder}', board).catch((e: unknown) => e),
      ).toMatchObject({ status: 403 });
    expect((await (await as('avdir')).GET('/v1/calls/{callId}/rounds/{holder}', board)).caseCount).toBe(3);
    const oslo = await (await as('sf-oslo')).GET('/v1/calls/{callId}/rounds/{holder}', {
      params: { path: { callId: call.id, holder: 'ostfold-buskerud-oslo-akershus' } },
    });
    expect([oslo.frame, oslo.totals, oslo.cases]).toEqual([null, null, []]);
    const unknown = await (await as('avdir'))
      .GET('/v1/calls/{callId}/rounds/{holder}', {
        params: { path: { callId: 'ukjent', holder: 'innlandet' } },
      })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ status: 404 });
  });
});

describe('a grant beyond the frame is refused at the decision', () => {
  it('FRAME_EXCEEDED one krone past what is left; exactly what is left is granted', async () => {
    const [a] = cases;
    if (!a) throw new Error('case missing');
    const county = await as('sf-innlandet');
    const decision = decisionFor(a.facts, 'granted');
    const amount = granted(decision);
    expect(amount).toBeLessThanOrEqual(requested());
    const committed = granted(decisionFor(lastYear, 'granted'));
    // Proposals do not bind the frame: only what is committed and granted to others is taken before this grant.
    await issueFrame(2, committed + amount - 1);
    api.setClock('2025-03-10T12:00:00+01:00');
    const refused = (await county
      .POST('/v1/applications/{applicationId}/decision', { ...on(a.id), body: decision })
      .catch((e: unknown) => e)) as TilskuddProblemError;
    expect([refused.status, refused.issues.map((i) => `${i.code} ${i.path}`)]).toEqual([
      422,
      ['FRAME_EXCEEDED /outcome/amount'],
    ]);
    expect(refused.issues[0]?.messageNn).toContain('går ut over ramma');
    expect((await county.GET('/v1/applications/{applicationId}', on(a.id))).state).toBe('submitted');

    await issueFrame(3, committed + amount);
    const approved = await approve(
      { approver: await as('sf-innlandet-godkjenner') },
      county.POST('/v1/applications/{applicationId}/decision', { ...on(a.id), body: decision }),
    );
    expect(approved.proposed).toMatchObject({ outcome: { result: 'granted', amount } });
    const round = await county.GET('/v1/calls/{callId}/rounds/{holder}', board);
    expect(round.totals).toMatchObject({ frame: committed + amount, committed, granted: amount });
    expect(round.cases.find((c) => c.id === a.id)).toMatchObject({ stage: 'granted', amount });

    // The frame is spent: the next grant of one krone is refused.
    const [, b] = cases;
    if (!b) throw new Error('case missing');
    const one: CaseDecision = {
      ...decisionFor(b.facts, 'granted'),
      outcome: { result: 'granted', amount: 1, conditions: [] },
    };
    const next = (await county
      .POST('/v1/applications/{applicationId}/decision', { ...on(b.id), body: one })
      .catch((e: unknown) => e)) as TilskuddProblemError;
    expect(next.issues?.map((i) => i.code)).toContain('FRAME_EXCEEDED');
  });
});
