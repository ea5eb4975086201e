import type { Schemas } from '@sosialtilskudd/api-client';
import { describe, expect, it } from 'vitest';
import { type CaseFigures, caseFigures, grouped, overdueReports, totalsOf, yearsOf } from './figures.js';

const summary = (more: Partial<Schemas['ApplicationSummary']> = {}): Schemas['ApplicationSummary'] => ({
  id: '00000000-0000-4000-8000-000000000001',
  state: 'paid',
  stateLabel: 'Utbetalt',
  awaitingSignatureFrom: [],
  caseNumber: '2024/1',
  callId: 'utvikling-sosiale-tjenester-2024',
  organisationNumber: '974541254',
  applicantName: 'Nav Gjøvik',
  measureName: 'Trygg bolig',
  requestedGrant: 1_000_000,
  authority: { kind: 'county-office', countyOfficeId: 'innlandet' },
  caseworker: 'Per Olsen',
  submittedAt: '2024-01-25T09:00:00Z',
  updatedAt: '2024-04-10T10:00:00Z',
  ...more,
});

const record = <D>(document: D) => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  applicationId: '00000000-0000-4000-8000-000000000001',
  createdAt: '2024-04-10T10:00:00Z',
  createdBy: { sub: 'dev:x', name: 'X', role: 'county-caseworker' as const },
  supersedes: null,
  document,
});

/** Only the parts of the case file the national view reads; the rest of each document is not looked at. */
const caseFile = (more: Partial<Schemas['CaseFile']> = {}): Schemas['CaseFile'] =>
  ({
    decision: record({ outcome: { result: 'granted', amount: 900_000, conditions: [] } }),
    letter: record({ documentType: 'grant-letter', reportingDeadline: '2025-02-01' }),
    acceptance: null,
    payments: [record({ amount: 900_000 }), record({ amount: 50_000 })],
    statusReports: [],
    finalReport: null,
    transferRequests: [
      record({
        fromYear: 2024,
        amount: 40_000,
        decision: { approved: true, approvedAmount: 30_000, decidedOn: '2025-03-01' },
      }),
      record({ fromYear: 2024, amount: 10_000 }),
    ],
    repaymentClaims: [record({ amount: 12_000 })],
    ...more,
  }) as unknown as Schemas['CaseFile'];

describe('a case in the national figures', () => {
  it('takes the year from the call, the grant from the decision, and sums payments, approved transfers and claims', () => {
    expect(caseFigures(summary(), ['ungdom'], caseFile())).toMatchObject({
      year: 2024,
      authorityId: 'innlandet',
      priorityAreas: ['ungdom'],
      requested: 1_000_000,
      granted: 900_000,
      paid: 950_000,
      transferred: 30_000,
      repaymentClaimed: 12_000,
      reported: false,
      reportingDeadline: '2025-02-01',
    });
  });

  it('counts a case as reported by its status report for the grant year or its final report, not another year’s', () => {
    const report = (reportingYear: number) => record({ reportingYear });
    const reported = (file: Partial<Schemas['CaseFile']>) =>
      caseFigures(summary(), [], caseFile(file)).reported;
    expect(reported({ statusReports: [report(2024)] } as never)).toBe(true);
    expect(reported({ statusReports: [report(2023)] } as never)).toBe(false);
    expect(reported({ finalReport: record({}) } as never)).toBe(true);
  });

  it('has no grant for a rejection, and a national trial counts under the directorate', () => {
    const figures = caseFigures(
      summary({ state: 'rejected', authority: { kind: 'directorate' } }),
      [],
      caseFile({
        decision: record({ outcome: { result: 'rejected', reasons: ['annet'] } }),
        letter: null,
        payments: [],
      } as never),
    );
    expect(figures).toMatchObject({
      granted: null,
      paid: 0,
      authorityId: 'directorate',
      reportingDeadline: null,
    });
  });
});

const figures = (more: Partial<CaseFigures>): CaseFigures => ({
  id: 'x',
  caseNumber: '2024/1',
  measureName: 'Tiltak',
  applicantName: 'Nav X',
  authorityId: 'innlandet',
  year: 2024,
  state: 'paid',
  priorityAreas: [],
  requested: 100,
  granted: 80,
  paid: 80,
  reported: false,
  repaymentClaimed: 0,
  transferred: 0,
  reportingDeadline: '2025-02-01',
  ...more,
});

describe('the national totals', () => {
  const cases = [
    figures({ id: 'a', priorityAreas: ['ungdom', 'barnefamilier'], reported: true }),
    figures({
      id: 'b',
      authorityId: 'agder',
      granted: null,
      paid: 0,
      state: 'rejected',
      priorityAreas: ['ungdom'],
    }),
    figures({ id: 'c', year: 2025, requested: 50, granted: 50, paid: 0, state: 'accepted', transferred: 7 }),
  ];

  it('counts applications and grants and sums the amounts', () => {
    expect(totalsOf(cases)).toEqual({
      applications: 3,
      requested: 250,
      grants: 2,
      granted: 130,
      paid: 80,
      reported: 1,
      repaymentClaimed: 0,
      transferred: 7,
    });
  });

  it('groups by county office in the order given, by year, and by every priority area a case names', () => {
    expect(
      grouped(cases, (c) => [c.authorityId], ['agder', 'innlandet', 'oslo']).map((g) => [
        g.key,
        g.totals.applications,
      ]),
    ).toEqual([
      ['agder', 1],
      ['innlandet', 2],
    ]);
    expect(yearsOf(cases)).toEqual([2025, 2024]);
    expect(
      grouped(cases, (c) => c.priorityAreas, ['barnefamilier', 'ungdom']).map((g) => [
        g.key,
        g.totals.applications,
      ]),
    ).toEqual([
      ['barnefamilier', 1],
      ['ungdom', 2],
    ]);
  });

  it('lists as overdue a paid or accepted grant past the letter’s deadline without its report, exactly after the deadline day', () => {
    const due = [
      figures({ id: 'paid-late' }),
      figures({ id: 'accepted-late', state: 'accepted', reportingDeadline: '2025-01-15' }),
      figures({ id: 'reported', reported: true }),
      figures({ id: 'granted-only', state: 'granted' }),
      figures({ id: 'no-letter', reportingDeadline: null }),
    ];
    expect(overdueReports(due, '2025-02-01')).toEqual([due[1]]);
    expect(overdueReports(due, '2025-02-02').map((c) => c.id)).toEqual(['accepted-late', 'paid-late']);
  });
});
