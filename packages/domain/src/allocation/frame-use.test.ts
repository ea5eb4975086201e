import { describe, expect, it } from 'vitest';
import { findCall } from '../calls/data.js';
import { type Assessment, roundAssessment } from '../documents/assessment.js';
import type { CaseDecision } from '../documents/letters.js';
import { exampleApplication, exampleAssessment, exampleCaseDecision, exampleFrame } from '../examples.js';
import { validateDocument } from '../validate.js';
import type { Commitment } from './commitments.js';
import { availableFor, frameUse, type RoundCase, rankRound, roundApplication } from './frame-use.js';

const call = findCall('utvikling-sosiale-tjenester-2025');
if (!call) throw new Error('no 2025 call');
const frame = exampleFrame(call); // Innlandet, 7 500 000 kr

const commitment = (caseNumber: string, amount: number): Commitment => ({
  caseNumber,
  applicationId: `soknad-${caseNumber.replace('/', '-')}`,
  measureName: `Tiltak ${caseNumber}`,
  year: 2025,
  measureYear: 2,
  from: '2025-04-01',
  to: '2026-03-31',
  months: 12,
  amount,
  basis: 'assumed',
  sources: [`Beslutning i sak ${caseNumber}`],
});

function roundCase(
  n: number,
  opts: Omit<RoundCase, 'application' | 'caseNumber'> & { continues?: string } = {},
) {
  const { continues, ...rest } = opts;
  const base = exampleApplication(call);
  const application = {
    ...base,
    id: `soknad-${n}`,
    ...(continues
      ? {
          kind: 'continuation' as const,
          measure: { ...base.measure, yearOfMeasure: 2 },
          continuation: { previousCaseNumber: continues, previousCallId: 'utvikling-sosiale-tjenester-2024' },
        }
      : {}),
  };
  return { application, caseNumber: `2025/${n}`, ...rest } satisfies RoundCase;
}

const decision = (applicationId: string, amount: number | 'rejected'): CaseDecision => ({
  ...exampleCaseDecision(call),
  id: `vedtak-${applicationId}`,
  applicationId,
  outcome:
    amount === 'rejected'
      ? { result: 'rejected', reasons: ['ikke-prioritert'] }
      : { result: 'granted', amount, conditions: [] },
});

const assessment = (amount: number | 'reject', score?: number): Assessment => {
  const a = exampleAssessment(call);
  const criteria =
    score === undefined
      ? a.criteria
      : (Object.fromEntries(
          Object.entries(a.criteria).map(([k, c], i) => [k, { ...c, score: i === 0 ? score : 0 }]),
        ) as Assessment['criteria']);
  return {
    ...a,
    criteria,
    proposal:
      amount === 'reject'
        ? { recommendation: 'reject', reasons: ['ikke-prioritert'] }
        : { recommendation: 'grant', amount, amountReason: 'Tilpasset rammen.' },
  };
};

describe('frameUse: frame, committed, proposed, granted, remaining', () => {
  const commitments = [
    commitment('2024/1', 1_000_000), // continuation not applied for: held
    commitment('2024/2', 800_000), // continuation assessed: its proposal replaces it
    commitment('2024/3', 700_000), // continuation granted: counted as granted
    commitment('2024/4', 600_000), // continuation withdrawn: released
  ];
  const cases: RoundCase[] = [
    roundCase(10, { continues: '2024/2', assessment: assessment(750_000) }),
    roundCase(11, { continues: '2024/3', decision: decision('soknad-11', 700_000) }),
    roundCase(12, { continues: '2024/4', withdrawn: true }),
    roundCase(20, { assessment: assessment(1_100_000) }),
    roundCase(21, { proposedDecision: decision('soknad-21', 900_000), assessment: assessment(1_000_000) }),
    roundCase(22, { decision: decision('soknad-22', 2_000_000) }),
    roundCase(23, { decision: decision('soknad-23', 'rejected') }),
    roundCase(24),
  ];
  const use = frameUse(frame, commitments, cases);

  it('counts every commitment once, at the stage its continuation has reached', () => {
    expect(use.commitments.map((c) => [c.caseNumber, c.status, c.continuedBy])).toEqual([
      ['2024/1', 'held', undefined],
      ['2024/2', 'proposed', 'soknad-10'],
      ['2024/3', 'granted', 'soknad-11'],
      ['2024/4', 'released', 'soknad-12'],
    ]);
  });

  it('adds up to the frame', () => {
    expect(use).toMatchObject({
      committed: 1_000_000,
      proposed: 750_000 + 1_100_000 + 900_000,
      granted: 700_000 + 2_000_000,
      remaining: 7_500_000 - 1_000_000 - 2_750_000 - 2_700_000,
    });
  });

  it('a proposed decision counts instead of the assessment it follows', () => {
    const only = frameUse(frame, [], [cases[4] as RoundCase]);
    expect(only.proposed).toBe(900_000);
  });

  it('leaves out cases under another call or sent to another office', () => {
    const elsewhere = roundCase(30, { decision: decision('soknad-30', 5_000_000) });
    elsewhere.application.addressee = { kind: 'county-office', countyOfficeId: 'agder' };
    const otherCall = roundCase(31, { decision: decision('soknad-31', 5_000_000) });
    otherCall.application.callId = 'utvikling-sosiale-tjenester-2024';
    expect(frameUse(frame, commitments, [...cases, elsewhere, otherCall]).granted).toBe(use.granted);
  });

  it('hands a grant decision the undecided commitments and the grants, with their sources', () => {
    expect(use.context.committed.map((l) => [l.caseNumber, l.applicationId, l.amount])).toEqual([
      ['2024/1', undefined, 1_000_000],
      ['2024/2', 'soknad-10', 800_000],
    ]);
    expect(use.context.granted.map((l) => [l.caseNumber, l.amount, l.source])).toEqual([
      ['2025/11', 700_000, 'Beslutning vedtak-soknad-11 i sak 2025/11'],
      ['2025/22', 2_000_000, 'Beslutning vedtak-soknad-22 i sak 2025/22'],
    ]);
  });

  it('a continuation may use its own commitment: it is not counted against it', () => {
    expect(availableFor(use.context, 'soknad-10').available).toBe(7_500_000 - 1_000_000 - 2_700_000);
    expect(availableFor(use.context, 'soknad-20').available).toBe(7_500_000 - 1_800_000 - 2_700_000);
  });

  it('FRAME_EXCEEDED refuses the grant one krone beyond what is left, and takes the grant exactly at it', () => {
    const available = availableFor(use.context, 'soknad-20').available;
    const judge = (amount: number) =>
      validateDocument(decision('soknad-20', amount), { context: { frameUse: use.context } });
    expect(judge(available).issues).toEqual([]);
    const refused = judge(available + 1);
    expect(refused.issues.map((i) => [i.code, i.path])).toEqual([['FRAME_EXCEEDED', '/outcome/amount']]);
    expect(refused.issues[0]?.message).toMatch(/gir 3\s000\s000 kr igjen$/);
    expect(refused.issues[0]?.messageNn).toContain('att');
  });

  it('without the frame the rule is reported as not checked, never passed', () => {
    const result = validateDocument(decision('soknad-20', 99_000_000));
    expect(result.notChecked).toContain('FRAME_EXCEEDED');
  });
});

describe('rankRound', () => {
  it('ranks assessed cases by score, then special priority areas, then case number; the rest last', () => {
    const special = [...call.priorityAreas.special];
    const fewerSpecial = assessment(500_000, 3);
    fewerSpecial.priorityFit = { ...fewerSpecial.priorityFit, areas: ['helhetlig-tjenestetilbud'] };
    const rows = rankRound(
      [
        roundCase(5),
        roundCase(4, { assessment: fewerSpecial }),
        roundCase(3, { assessment: assessment(500_000, 3) }),
        roundCase(2, { assessment: assessment('reject', 1) }),
        roundCase(100, { assessment: assessment(500_000, 3) }),
        roundCase(1),
      ],
      special,
    );
    expect(rows.map((r) => [r.caseNumber, r.rank, r.score])).toEqual([
      ['2025/3', 1, 3],
      ['2025/100', 2, 3],
      ['2025/4', 3, 3],
      ['2025/2', 4, 1],
      ['2025/1', undefined, undefined],
      ['2025/5', undefined, undefined],
    ]);
    expect(rows[0]).toMatchObject({
      requested: 1_125_000,
      stage: 'assessed',
      amount: 500_000,
      excluded: false,
    });
  });

  it('ranks and counts what a server reads of the documents (roundApplication, roundAssessment) as the documents', () => {
    const assessments = [assessment(750_000), assessment(1_100_000, 2), assessment('reject', 1), undefined];
    const cases = assessments.map((a, i) =>
      roundCase(10 + i, { ...(i === 0 ? { continues: '2024/2' } : {}), ...(a ? { assessment: a } : {}) }),
    );
    const projected = cases.map((c, i): RoundCase => {
      const a = assessments[i];
      return {
        ...c,
        application: roundApplication(c.application),
        ...(a ? { assessment: roundAssessment(a) } : {}),
      };
    });
    const special = [...call.priorityAreas.special];
    expect(rankRound(projected, special)).toEqual(rankRound(cases, special));
    const commitments = [commitment('2024/2', 800_000)];
    expect(frameUse(frame, commitments, projected)).toEqual(frameUse(frame, commitments, cases));
  });
});
