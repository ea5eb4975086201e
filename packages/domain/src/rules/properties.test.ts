import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCall } from '../calls/data.js';
import type { Application } from '../documents/application.js';
import { budgetTotals, type PositionLine } from '../documents/budget.js';
import { exampleApplication, exampleStatusReport } from '../examples.js';
import { validateDocument } from '../validate.js';

/** Every signature given at `instant`: what a signature covers leaves its time out, so it still holds. */
const signedAt = (doc: Application, instant: string): Application => ({
  ...doc,
  signatures: doc.signatures?.map((s) => (s.kind === 'recorded' ? { ...s, signedAt: instant } : s)),
});

const call = findCall('utvikling-sosiale-tjenester-2024');
if (!call?.maxPerFullTimePosition) throw new Error('2024 call with a cap expected');
const CAP = call.maxPerFullTimePosition;

/** Positions whose requested grant respects both the pro-rata cap and the position's cost. */
const position = (i: number) =>
  fc
    .record({
      ftePercent: fc.integer({ min: 1, max: 100 }),
      months: fc.integer({ min: 1, max: 12 }),
      salary: fc.integer({ min: 50_000, max: 900_000 }),
      socialCosts: fc.integer({ min: 0, max: 250_000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      title: fc.constantFrom(
        'Boligsosial veileder',
        'Ungdomskoordinator',
        'Familiekoordinator',
        'Jobbspesialist',
      ),
    })
    .map(({ share, ...p }): PositionLine => {
      const cap = Math.floor((CAP * p.ftePercent * p.months) / 1200);
      return {
        id: `stilling-${i}`,
        ...p,
        requestedGrant: Math.floor(Math.min(cap, p.salary + p.socialCosts) * share),
      };
    });

const application = fc
  .tuple(
    fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => position(i)))),
    fc.integer({ min: 0, max: 20_000 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([positions, competenceFunds, extraCosts]) => {
    const base = exampleApplication(call);
    const otherCosts = Array.from({ length: extraCosts }, (_, i) => ({
      id: `kostnad-${i}`,
      category: 'reise-og-opphold' as const,
      description: `Reise ${i}`,
      amount: 5_000 * (i + 1),
    }));
    return {
      ...base,
      budget: {
        ...base.budget,
        positions,
        competenceFunds: Math.max(competenceFunds, 1),
        otherCosts,
        otherFunding: [],
      },
    };
  });

const codes = (doc: unknown) => validateDocument(doc).issues.map((i) => i.code);

describe('properties of applications under the 2024 call', () => {
  it('generated valid applications pass', () => {
    fc.assert(
      fc.property(application, (doc) => {
        expect(codes(doc)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('raising any position one krone over its pro-rata cap gives BUDGET_POSITION_OVER_CAP', () => {
    fc.assert(
      fc.property(application, fc.nat(), (doc, pick) => {
        const i = pick % doc.budget.positions.length;
        const p = doc.budget.positions[i] as PositionLine;
        const cap = Math.floor((CAP * p.ftePercent * p.months) / 1200);
        // Cost high enough that only the cap is broken.
        const mutated = structuredClone(doc);
        mutated.budget.positions[i] = { ...p, salary: cap + 10, socialCosts: 0, requestedGrant: cap + 1 };
        expect(codes(mutated)).toEqual(['BUDGET_POSITION_OVER_CAP']);
      }),
    );
  });

  it('any wrong check digit in the organisation number gives ORGNR_CHECKSUM', () => {
    fc.assert(
      fc.property(application, fc.integer({ min: 1, max: 9 }), (doc, delta) => {
        const org = doc.applicant.organisationNumber;
        const wrong = org.slice(0, 8) + String((Number(org[8]) + delta) % 10);
        expect(codes({ ...doc, applicant: { ...doc.applicant, organisationNumber: wrong } })).toEqual([
          'ORGNR_CHECKSUM',
        ]);
      }),
    );
  });

  it('any submission after the deadline gives APPLICATION_AFTER_DEADLINE, any before passes', () => {
    const end = Date.parse('2024-02-01T23:00:00Z'); // midnight in Oslo (UTC+1 in February)
    fc.assert(
      fc.property(fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 }), (offset) => {
        const submittedAt = new Date(end + offset).toISOString();
        const result = codes(signedAt({ ...exampleApplication(call), submittedAt }, submittedAt));
        expect(result).toEqual(offset >= 0 ? ['APPLICATION_AFTER_DEADLINE'] : []);
      }),
    );
  });

  it('a signature given after sending gives SIGNATURE_AFTER_SUBMISSION, one given up to then passes', () => {
    const sent = exampleApplication(call);
    const sentAt = Date.parse(sent.submittedAt as string);
    fc.assert(
      fc.property(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (offset) => {
        const result = codes(signedAt(sent, new Date(sentAt + offset).toISOString()));
        expect(result).toEqual(
          offset > 0 ? ['SIGNATURE_AFTER_SUBMISSION', 'SIGNATURE_AFTER_SUBMISSION'] : [],
        );
      }),
    );
  });

  it('requested totals are exact integer sums of the lines', () => {
    fc.assert(
      fc.property(application, (doc) => {
        const t = budgetTotals(doc.budget);
        expect(Number.isInteger(t.requestedGrant)).toBe(true);
        expect(t.requestedGrant).toBe(
          doc.budget.positions.reduce((s, p) => s + p.requestedGrant, 0) + doc.budget.competenceFunds,
        );
        expect(t.totalCost - t.requestedGrant - t.otherFunding).toBe(t.ownFinancing);
      }),
    );
  });
});

describe('properties of status reports', () => {
  it('moving any amount between transfer and repayment keeps the report valid; changing the sum does not', () => {
    const report = exampleStatusReport(call);
    if (report.report.status !== 'started') throw new Error('started report expected');
    const unused = report.report.unusedFunds.transferRequested;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: unused }),
        fc.integer({ min: 1, max: 100_000 }),
        (toRepay, error) => {
          const split = structuredClone(report);
          if (split.report.status !== 'started') return;
          split.report.unusedFunds = { transferRequested: unused - toRepay, toBeRepaid: toRepay };
          expect(codes(split)).toEqual([]);
          split.report.unusedFunds.toBeRepaid += error;
          expect(codes(split)).toEqual(['REPORT_UNUSED_FUNDS_MISMATCH']);
        },
      ),
    );
  });
});
