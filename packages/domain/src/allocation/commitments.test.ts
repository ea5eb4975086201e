import { describe, expect, it } from 'vitest';
import { findCall } from '../calls/data.js';
import type { Application } from '../documents/application.js';
import type { CaseDecision } from '../documents/letters.js';
import { exampleApplication, exampleCaseDecision, exampleFrame } from '../examples.js';
import { commitmentsAgainst, followingYears, type GrantRecord } from './commitments.js';

const call = (year: number) => {
  const c = findCall(`utvikling-sosiale-tjenester-${year}`);
  if (!c) throw new Error(`no call ${year}`);
  return c;
};
const frame2025 = exampleFrame(call(2025));

function grant(
  year: number,
  measure: Partial<Application['measure']>,
  outcome: Partial<Extract<CaseDecision['outcome'], { result: 'granted' }>> = {},
  caseNumber = `${year}/100`,
): GrantRecord {
  const application = exampleApplication(call(year));
  const decision = exampleCaseDecision(call(year));
  return {
    application: {
      ...application,
      id: `soknad-${caseNumber.replace('/', '-')}`,
      measure: { ...application.measure, ...measure },
    },
    decision: {
      ...decision,
      caseNumber,
      outcome: { result: 'granted', amount: 1_200_000, conditions: [], ...outcome },
    },
  };
}

describe('followingYears (§ 5: one year at a time, up to three years and 36 months)', () => {
  it('a three-year measure granted for year 1 has years 2 and 3 ahead, under the next two calls', () => {
    const { application } = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2027-03-31' });
    expect(followingYears(application, call(2024))).toEqual([
      { measureYear: 2, callYear: 2025, from: '2025-04-01', to: '2026-03-31', months: 12 },
      { measureYear: 3, callYear: 2026, from: '2026-04-01', to: '2027-03-31', months: 12 },
    ]);
  });

  it('a last, shorter year counts the months it starts', () => {
    const { application } = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2025-08-15' });
    expect(followingYears(application, call(2024))).toEqual([
      { measureYear: 2, callYear: 2025, from: '2025-04-01', to: '2025-08-15', months: 5 },
    ]);
  });

  it('stops at 36 months from the start and at the third year, whatever the plan says', () => {
    const { application } = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2028-12-31' });
    const years = followingYears(application, call(2024));
    expect(years.map((y) => y.measureYear)).toEqual([2, 3]);
    expect(years.at(-1)?.to).toBe('2027-03-31');
    const third = grant(2024, { startDate: '2022-04-01', plannedEndDate: '2025-03-31', yearOfMeasure: 3 });
    expect(followingYears(third.application, call(2024))).toEqual([]);
  });

  it('a measure that ends within its grant period has no years ahead', () => {
    const { application } = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2025-03-31' });
    expect(followingYears(application, call(2024))).toEqual([]);
  });
});

describe('commitmentsAgainst: what last year granted holds in this year’s frame', () => {
  it('assumes last year’s grant for the next year when the decision states no amount, and says so', () => {
    const g = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2027-03-31' });
    const [c, ...rest] = commitmentsAgainst(frame2025, [g]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      caseNumber: '2024/100',
      year: 2025,
      measureYear: 2,
      amount: 1_200_000,
      basis: 'assumed',
    });
    expect(c?.sources.join('\n')).toMatch(/oppgir ikke beløp for 2025/);
    expect(c?.sources.join('\n')).toMatch(/2025-04-01–2026-03-31 er tilskuddsår 2 \(§ 5\)/);
  });

  it('takes the amount the decision states for the year', () => {
    const g = grant(
      2024,
      { startDate: '2024-04-01', plannedEndDate: '2027-03-31' },
      { expectedFollowingYears: [{ year: 2025, amount: 900_000 }] },
    );
    expect(commitmentsAgainst(frame2025, [g])).toMatchObject([{ amount: 900_000, basis: 'stated' }]);
  });

  it('scales an assumed amount to the months of a shorter last year', () => {
    const g = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2025-08-31' });
    expect(commitmentsAgainst(frame2025, [g])).toMatchObject([{ months: 5, amount: 500_000 }]);
  });

  it('commits nothing for rejections, other offices, other schemes, or grants older than last year', () => {
    const plan = { startDate: '2023-04-01', plannedEndDate: '2026-03-31' };
    const rejected = grant(2024, plan);
    rejected.decision = {
      ...rejected.decision,
      outcome: { result: 'rejected', reasons: ['ikke-prioritert'] },
    };
    const otherOffice = grant(2024, plan);
    otherOffice.decision = {
      ...otherOffice.decision,
      decidedBy: { kind: 'county-office', countyOfficeId: 'agder' },
    };
    const twoYearsBack = grant(2023, plan);
    const rusarbeid = grant(2024, plan);
    rusarbeid.decision = { ...rusarbeid.decision, callId: 'kommunalt-rusarbeid-2024' };
    expect(commitmentsAgainst(frame2025, [rejected, otherOffice, twoYearsBack, rusarbeid])).toEqual([]);
  });

  it('gives nothing for a frame under a call it does not know', () => {
    const g = grant(2024, { startDate: '2024-04-01', plannedEndDate: '2027-03-31' });
    expect(commitmentsAgainst({ ...frame2025, callId: 'ukjent-2025' }, [g])).toEqual([]);
  });
});
