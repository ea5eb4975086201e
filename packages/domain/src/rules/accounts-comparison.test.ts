import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCall } from '../calls/data.js';
import { budgetLines } from '../documents/budget.js';
import type { AccountsLine, StatusReport } from '../documents/reports.js';
import { exampleApplication } from '../examples.js';
import { formatNok } from './issue.js';
import { repeated } from './repeats.js';
import { STATUS_REPORT_RULES } from './report-rules.js';
import { at, type Finding } from './rule.js';

const call = findCall('utvikling-sosiale-tjenester-2024');
if (!call) throw new Error('2024 call missing');

const comparable = STATUS_REPORT_RULES.find((r) => r.code === 'ACCOUNTS_NOT_COMPARABLE');
if (!comparable) throw new Error('ACCOUNTS_NOT_COMPARABLE missing');

/** An application whose budget has `count` other costs besides its positions and competence funds. */
function applicationWith(count: number) {
  const application = exampleApplication(call);
  application.budget = {
    ...application.budget,
    otherCosts: Array.from({ length: count }, (_, i) => ({
      id: `kostnad-${i}`,
      category: 'annet' as const,
      description: `Kostnad ${i}`,
      amount: 1_000 + i,
    })),
  };
  return application;
}

/** The comparison as § 11 states it, line by line by id with no shortcut: what the rule must agree with. */
function byId(lines: readonly AccountsLine[], planned: ReturnType<typeof budgetLines>): Finding[] {
  const base = ['report', 'accounts', 'lines'];
  const amounts = new Map(planned.map((l) => [l.id, l.amount]));
  const findings = lines.flatMap((line, i): Finding[] => {
    const amount = amounts.get(line.budgetLineId);
    if (amount === undefined)
      return [at([...base, i, 'budgetLineId'], { problem: 'unknown', id: line.budgetLineId })];
    if (amount !== line.budgeted)
      return [
        at([...base, i, 'budgeted'], {
          problem: 'amount',
          id: line.budgetLineId,
          expected: formatNok(amount),
        }),
      ];
    return [];
  });
  const reported = new Set(lines.map((l) => l.budgetLineId));
  return [
    ...findings,
    ...planned.filter((l) => !reported.has(l.id)).map((l) => at(base, { problem: 'missing', id: l.id })),
  ];
}

/** Accounts made from the budget, then disturbed: lines swapped, dropped, repeated, unknown, or re-priced. */
const disturbed = fc.integer({ min: 0, max: 12 }).chain((count) => {
  const application = applicationWith(count);
  const planned = budgetLines(application.budget);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('drop' as const), a: fc.nat() }),
    fc.record({ kind: fc.constant('repeat' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('unknown' as const), a: fc.nat() }),
    fc.record({ kind: fc.constant('reprice' as const), a: fc.nat(), b: fc.integer({ min: -5, max: 5 }) }),
  );
  return fc.array(edit, { maxLength: 4 }).map((edits) => {
    const lines: AccountsLine[] = planned.map((l) => ({
      budgetLineId: l.id,
      label: l.label,
      budgeted: l.amount,
      actual: l.amount,
    }));
    for (const e of edits) {
      if (lines.length === 0) break;
      const a = e.a % lines.length;
      const line = lines[a] as AccountsLine;
      if (e.kind === 'swap') {
        const b = e.b % lines.length;
        [lines[a], lines[b]] = [lines[b] as AccountsLine, line];
      } else if (e.kind === 'drop') lines.splice(a, 1);
      else if (e.kind === 'repeat') lines.splice(e.b % (lines.length + 1), 0, { ...line });
      else if (e.kind === 'unknown') lines[a] = { ...line, budgetLineId: `ukjent-${a}` };
      else lines[a] = { ...line, budgeted: Math.max(0, line.budgeted + e.b) };
    }
    return { application, planned, lines };
  });
});

describe('ACCOUNTS_NOT_COMPARABLE', () => {
  it('finds exactly what a comparison by id finds, in the same order, however the accounts are disturbed', () => {
    fc.assert(
      fc.property(disturbed, ({ application, planned, lines }) => {
        const doc = {
          documentType: 'status-report',
          report: { status: 'started', accounts: { lines }, unusedFunds: {} },
        } as unknown as StatusReport;
        expect(comparable.check({ doc, call, context: { application } })).toEqual(byId(lines, planned));
      }),
      { numRuns: 500 },
    );
  });
});

describe('repeated', () => {
  it('gives every repeat after the first, with its index, and counts what was taken before as seen', () => {
    expect(repeated(['a', 'b', 'a', 'c', 'b', 'a'], (x) => x)).toEqual([
      { item: 'a', index: 2 },
      { item: 'b', index: 4 },
      { item: 'a', index: 5 },
    ]);
    expect(repeated(['x', 'y'], (x) => x, ['y'])).toEqual([{ item: 'y', index: 1 }]);
  });
});
