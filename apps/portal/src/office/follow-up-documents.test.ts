import { exampleDocument, type StatusReport, validateDocument } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../cases/case-data.js';
import { canRequestTransfer, initialDocument, isAvailable, ruleContext } from './follow-up-documents.js';

const CALL = 'utvikling-sosiale-tjenester-2024';
const report = exampleDocument('status-report', CALL);

/** A reported case with the given status reports and transfer requests; the rest as the API would give it. */
function caseWith(statusReports: StatusReport[], transferYears: number[] = [], state = 'reported'): CaseData {
  const application = exampleDocument('application', CALL);
  return {
    application: {
      id: 'a1',
      state,
      caseNumber: report.case.caseNumber,
      callId: CALL,
      organisationNumber: application.applicant.organisationNumber,
      document: application,
    },
    documents: {
      statusReports: statusReports.map((document) => ({ document })),
      transferRequests: transferYears.map((fromYear) => ({ document: { fromYear, amount: 1 } })),
      payments: [],
    },
  } as unknown as CaseData;
}

describe('a transfer of unused funds (§ 10)', () => {
  it('can be asked for once a year, after a status report that asks to move funds', () => {
    expect(canRequestTransfer(caseWith([report]))).toBe(true);
    expect(canRequestTransfer(caseWith([]))).toBe(false);
    expect(canRequestTransfer(caseWith([report], [report.reportingYear]))).toBe(false);
    expect(canRequestTransfer(caseWith([report], [], 'paid'))).toBe(false);
    const nothingToMove = structuredClone(report);
    if (nothingToMove.report.status === 'started')
      nothingToMove.report.unusedFunds = { transferRequested: 0, toBeRepaid: 40_000 };
    expect(isAvailable('transfer-request', caseWith([nothingToMove]), new Date('2025-01-27T10:00:00Z'))).toBe(
      false,
    );
  });

  it('starts from the report: its year and the amount it asked to move, judged with the report as context', () => {
    const data = caseWith([report]);
    const draft = initialDocument('transfer-request', data, new Date('2025-01-27T10:00:00Z'));
    const asked = report.report.status === 'started' ? report.report.unusedFunds.transferRequested : 0;
    expect(draft).toMatchObject({ fromYear: report.reportingYear, amount: asked, requestedOn: '2025-01-27' });
    const filled = { ...draft, reason: 'En stilling sto ledig.', plannedUse: 'Forlenge stillingen.' };
    const context = ruleContext('transfer-request', data);
    expect(validateDocument(filled, { type: 'transfer-request', context }).issues).toEqual([]);
    const tooMuch = validateDocument({ ...filled, amount: asked + 1 }, { type: 'transfer-request', context });
    expect(tooMuch.issues.map((i) => [i.code, i.path])).toEqual([['TRANSFER_EXCEEDS_UNUSED', '/amount']]);
  });
});
