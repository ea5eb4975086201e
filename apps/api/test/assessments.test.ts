import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EVENT_TYPES } from '@sosialtilskudd/api-contract';
import { type Assessment, budgetTotals, EXAMPLE_NAV_OFFICE } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor, assessmentFor, type CaseFacts } from '../src/demo/documents.js';
import { walkCase } from '../src/demo/walk.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const refusal = (e: unknown) => {
  const p = e as TilskuddProblemError;
  return [p.status, p.issues.map((i) => `${i.code} ${i.path}`)];
};

let api: TestApi;
let facts: CaseFacts;
let caseId: string;
const requested = budgetTotals(
  applicationFor({
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet',
    applicationId: 'x',
    measureName: 'x',
  }).budget,
).requestedGrant;

const assess = async (body: Assessment, user: DemoUserId = 'sf-innlandet', id = caseId) =>
  (await api.client(user))
    .POST('/v1/applications/{applicationId}/assessments', { ...on(id), body })
    .catch((e: unknown) => e);
const grantOf = (a: Assessment, amount: number, amountReason?: string): Assessment => ({
  ...a,
  proposal: { recommendation: 'grant', amount, ...(amountReason ? { amountReason } : {}) },
});

beforeAll(async () => {
  api = await startTestApi();
  const base = {
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    applicationId: 'soknad-vurdering',
    measureName: 'Familieteam',
  };
  const w = await walkersFor(api);
  const submitted = await walkCase(w, base, 'submitted');
  caseId = submitted.id;
  facts = { ...base, caseNumber: submitted.caseNumber ?? '' };
  api.setClock('2025-02-20T10:00:00+01:00');
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('the county office assesses a submitted application', () => {
  it('the domain’s rules are 422 problems with their codes at the field', async () => {
    const a = assessmentFor(facts);
    const { justification: _, ...unjustified } = a.criteria['helhetlig-innsats-fattigdom'] ?? { score: 2 };
    const cases: [Assessment, string[]][] = [
      [
        { ...a, criteria: { ...a.criteria, 'helhetlig-innsats-fattigdom': unjustified } } as Assessment,
        ['ASSESSMENT_SCORE_UNJUSTIFIED /criteria/helhetlig-innsats-fattigdom/justification'],
      ],
      // The example asks for exactly what the call's rate gives its positions: one krone more is past both limits.
      [
        grantOf(a, requested + 1, 'Mer enn søkt'),
        ['ASSESSMENT_OVER_REQUESTED /proposal/amount', 'ASSESSMENT_OVER_POSITION_CAP /proposal/amount'],
      ],
      [grantOf(a, requested - 1), ['ASSESSMENT_AMOUNT_UNEXPLAINED /proposal/amountReason']],
      [
        { ...a, exclusions: { ...a.exclusions, [call.exclusions[0] ?? '']: { applies: true } } },
        ['ASSESSMENT_EXCLUDED_BUT_PROPOSED /proposal/recommendation'],
      ],
    ];
    for (const [body, codes] of cases) expect(refusal(await assess(body))).toEqual([422, codes]);
    expect(
      (
        await (
          await api.client('sf-innlandet')
        ).GET('/v1/applications/{applicationId}/assessments', on(caseId))
      ).items,
    ).toEqual([]);
  });

  it('exactly the amount applied for (and the rate’s cap) is accepted without a reason; a lower one with its reason', async () => {
    const atLimit = await assess(grantOf(assessmentFor(facts), requested));
    expect(atLimit).toMatchObject({ document: { proposal: { amount: requested } }, supersedes: null });
    const reduced = await assess(
      grantOf(assessmentFor(facts), requested - 100_000, 'Kompetansemidlene dekkes ikke'),
    );
    expect(reduced).toMatchObject({ supersedes: (atLimit as { id: string }).id });
  });

  it('the history is kept, newest first; the audit log and the feed have the assessment, not what it says', async () => {
    const county = await api.client('sf-innlandet');
    const { items } = await county.GET('/v1/applications/{applicationId}/assessments', on(caseId));
    expect(items.map((i) => i.document.proposal)).toEqual([
      { recommendation: 'grant', amount: requested - 100_000, amountReason: 'Kompetansemidlene dekkes ikke' },
      { recommendation: 'grant', amount: requested },
    ]);
    const audit = await county.GET('/v1/applications/{applicationId}/audit', on(caseId));
    expect(audit.items.filter((e) => e.action === 'assess')).toHaveLength(2);
    const { rows } = await api.db.query<{ type: string; data: Record<string, unknown> }>(
      `select type, data from case_events where application_id = $1 and type = $2`,
      [caseId, EVENT_TYPES.assess],
    );
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('Kompetansemidlene');
    const avdir = await api.client('avdir');
    expect((await avdir.GET('/v1/applications/{applicationId}/assessments', on(caseId))).items).toHaveLength(
      2,
    );
  });

  it('only the handling county office writes it; the applicant does not read it; another office sees no case', async () => {
    const body = assessmentFor(facts);
    for (const user of ['nav-gjovik', 'nav-gjovik-leder', 'gjovik-kommunedirektor', 'avdir'] as const) {
      expect(await assess(body, user)).toMatchObject({ status: 403 });
      if (user !== 'avdir')
        expect(
          await (await api.client(user))
            .GET('/v1/applications/{applicationId}/assessments', on(caseId))
            .catch((e: unknown) => e),
        ).toMatchObject({ status: 403 });
    }
    expect(await assess(body, 'sf-oslo')).toMatchObject({ status: 404 });
  });

  it('it must be about this case, by the authority that handles it', async () => {
    const a = assessmentFor(facts);
    expect(refusal(await assess({ ...a, caseNumber: '2025/999999' }))).toEqual([
      422,
      ['CASE_REFERENCE_MISMATCH /caseNumber'],
    ]);
    expect(
      refusal(
        await assess({
          ...a,
          assessedBy: { ...a.assessedBy, authority: { kind: 'county-office', countyOfficeId: 'agder' } },
        }),
      ),
    ).toEqual([422, ['CASE_AUTHORITY_MISMATCH /assessedBy/authority']]);
  });

  it('a decided case is not assessed again (409, the lifecycle’s code)', async () => {
    const w = await walkersFor(api);
    const f = { ...facts, applicationId: 'soknad-avgjort', measureName: 'Avgjort' };
    const rejected = await walkCase(w, f, 'rejected');
    api.setClock('2025-03-20T10:00:00+01:00');
    const refused = await assess(
      assessmentFor({ ...f, caseNumber: rejected.caseNumber ?? '' }),
      'sf-innlandet',
      rejected.id,
    );
    expect(refused).toMatchObject({ status: 409 });
  });
});
