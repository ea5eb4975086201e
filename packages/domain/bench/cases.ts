import {
  budgetLines,
  budgetTotals,
  exampleApplication,
  exampleStatusReport,
  findCall,
} from '../src/index.js';

const call = findCall('utvikling-sosiale-tjenester-2024');
if (!call) throw new Error('2024 call missing');

/** A full application whose budget has `lineCount` lines, and a status report whose accounts follow it line by line. */
export function largeCase(lineCount: number) {
  const application = exampleApplication(call);
  const positions = application.budget.positions;
  const otherCosts = Array.from({ length: lineCount - positions.length - 1 }, (_, i) => ({
    id: `kostnad-${i}`,
    category: 'materiell-og-utstyr' as const,
    description: `Driftspost ${i}: materiell til samlinger og brukerpanel`,
    amount: 1_000 + i * 10,
  }));
  application.budget = { ...application.budget, otherCosts, otherFunding: [] };
  const received = budgetTotals(application.budget).requestedGrant;
  const lines = budgetLines(application.budget).map((l, i) => ({
    budgetLineId: l.id,
    label: l.label,
    budgeted: l.amount,
    actual: Math.round(l.amount * 0.95),
    ...(i % 10 === 0 ? { comment: 'Avvik skyldes at innkjøpet ble utsatt til januar.' } : {}),
  }));
  const report = exampleStatusReport(call);
  if (report.report.status !== 'started') throw new Error('started report expected');
  const grantSpent = received - 30_000;
  report.report = {
    ...report.report,
    accounts: { ...report.report.accounts, lines, grantReceived: received, grantSpent },
    unusedFunds: { transferRequested: 30_000, toBeRepaid: 0 },
  };
  return { application, report };
}
