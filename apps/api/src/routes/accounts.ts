import type { MeasureAccounts } from '@sosialtilskudd/api-contract';
import {
  type Accounts,
  budgetLines,
  type FinalReport,
  findCall,
  type StatusReport,
} from '@sosialtilskudd/domain';
import type { z } from 'zod';
import { canSee, requireAccess } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { findApplication, findApplicationByCaseNumber } from '../repository/applications.js';
import { latestDocument } from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';

/** A measure runs up to three years (§ 5); the chain of continuations is never longer than a few links. */
const MAX_YEARS = 10;

/** This case and the earlier years of the same measure, oldest first, as far as the user may see them. */
async function measureCases(db: Queryable, p: Principal, first: ApplicationRow): Promise<ApplicationRow[]> {
  const chain = [first];
  for (let row = first; chain.length < MAX_YEARS; ) {
    const number = row.document.continuation?.previousCaseNumber;
    const previous = number ? await findApplicationByCaseNumber(db, number) : undefined;
    if (!previous || !canSee(p, previous) || chain.some((c) => c.id === previous.id)) break;
    chain.unshift(previous);
    row = previous;
  }
  return chain;
}

async function yearOf(
  db: Queryable,
  row: ApplicationRow,
): Promise<z.input<typeof MeasureAccounts>['years'][number]> {
  const report =
    (await latestDocument<FinalReport>(db, row.id, ['final-report'])) ??
    (await latestDocument<StatusReport>(db, row.id, ['status-report']));
  const doc = report?.document;
  const accounts: Accounts | undefined =
    doc && 'accounts' in doc
      ? doc.accounts
      : doc?.report.status === 'started'
        ? doc.report.accounts
        : undefined;
  const actual = new Map(accounts?.lines.map((l) => [l.budgetLineId, l]));
  const budget = budgetLines(row.document.budget);
  const lines = [
    ...budget.map((b) => ({
      budgetLineId: b.id,
      label: b.label,
      budgeted: b.amount,
      actual: actual.get(b.id)?.actual ?? null,
    })),
    // Accounts lines the budget does not have still count: they show as unbudgeted spending.
    ...(accounts?.lines ?? [])
      .filter((l) => !budget.some((b) => b.id === l.budgetLineId))
      .map((l) => ({ budgetLineId: l.budgetLineId, label: l.label, budgeted: 0, actual: l.actual })),
  ].map((l) => ({ ...l, deviation: l.actual === null ? null : l.actual - l.budgeted }));
  return {
    applicationId: row.id,
    caseNumber: row.caseNumber,
    callId: row.callId,
    year: findCall(row.callId)?.year ?? Number(row.callId.slice(-4)),
    state: row.state,
    reportedIn: report ? (report.documentType as 'status-report' | 'final-report') : null,
    lines,
    totals: {
      budgeted: lines.reduce((s, l) => s + l.budgeted, 0),
      actual: accounts ? lines.reduce((s, l) => s + (l.actual ?? 0), 0) : null,
      grantReceived: accounts?.grantReceived ?? null,
      grantSpent: accounts?.grantSpent ?? null,
    },
  };
}

/** Budget against accounts, line by line, for every year of the measure (§ 11). */
export function accountsHandlers(ctx: AppContext) {
  return handlers({
    getBudgetVsAccounts: async ({ principal: p, params }) => {
      const row = requireAccess(p, await findApplication(ctx.db, params.applicationId), 'reader');
      const years = [];
      for (const c of await measureCases(ctx.db, p, row)) years.push(await yearOf(ctx.db, c));
      return {
        status: 200,
        body: { measureName: row.document.measure.name, organisationNumber: row.organisationNumber, years },
      };
    },
  });
}
