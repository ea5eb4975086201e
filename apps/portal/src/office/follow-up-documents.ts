import { budgetLines, findCall, osloDate, type RuleContext, transferAskedFor } from '@sosialtilskudd/domain';
import type { CaseData } from '../cases/case-data.js';
import { finalReportTiming, statusReportTiming } from './report-timing.js';

export type FollowUpType = 'acceptance' | 'status-report' | 'final-report' | 'transfer-request';

/** A document being filled in: any part may still be missing. */
export type DraftDocument = Record<string, unknown>;

const slugOf = (caseNumber: string) => caseNumber.replace(/[^0-9a-z]+/gi, '-').toLowerCase();

function caseReference(data: CaseData) {
  const a = data.application;
  return {
    caseNumber: a.caseNumber ?? '',
    callId: a.callId,
    organisationNumber: a.organisationNumber,
    measureName: a.document.measure.name,
  };
}

/** The accounts start from the approved budget, line by line, so they can be compared with it (§ 11). */
function accountsFrom(data: CaseData, asOf: string) {
  const received = data.documents.payments.reduce((sum, p) => sum + p.document.amount, 0);
  return {
    asOf,
    costCentre: data.documents.acceptance?.document.costCentre ?? '',
    lines: budgetLines(data.application.document.budget).map((line) => ({
      budgetLineId: line.id,
      label: line.label,
      budgeted: line.amount,
    })),
    grantReceived: received,
    transferredFromPreviousYear: 0,
  };
}

type StatusReportRecord = CaseData['documents']['statusReports'][number];

/** The status report a transfer request builds on: the latest one (§ 10, § 11). */
const latestStatusReport = (data: CaseData): StatusReportRecord | undefined =>
  data.documents.statusReports.at(-1);

/** What the status report asked to move to next year; nothing without a report (§ 10). */
const unusedToTransfer = (report: StatusReportRecord | undefined): number =>
  report ? transferAskedFor(report.document) : 0;

/**
 * A transfer can be asked for when the last status report asks to move unused funds and no request for that
 * year has been sent yet; the county office decides it (§ 10).
 */
export function canRequestTransfer(data: CaseData): boolean {
  const report = latestStatusReport(data);
  return (
    data.application.state === 'reported' &&
    unusedToTransfer(report) > 0 &&
    !data.documents.transferRequests.some((r) => r.document.fromYear === report?.document.reportingYear)
  );
}

/** What the portal fills in before the person starts: the case, the dates it knows, the budget's lines. */
export function initialDocument(type: FollowUpType, data: CaseData, now: Date): DraftDocument {
  const today = osloDate(now);
  const call = findCall(data.application.callId);
  const year = call?.year ?? Number(today.slice(0, 4));
  // Version 2 of the signed documents: the server signs for the sender as it receives them (§ 10, § 11).
  const header = { schemaVersion: 2, case: caseReference(data) };
  const caseSlug = slugOf(data.application.caseNumber ?? data.application.id);
  switch (type) {
    case 'acceptance': {
      const letter = data.documents.letter?.document;
      return {
        documentType: 'acceptance',
        ...header,
        id: `bekreftelse-${caseSlug}`,
        accountNumber: letter?.recipient.accountNumber ?? data.application.document.applicant.accountNumber,
      };
    }
    case 'status-report':
      return {
        documentType: 'status-report',
        ...header,
        id: `statusrapport-${caseSlug}`,
        reportingYear: year,
        report: {
          status: 'started',
          goalAchievement: [],
          accounts: accountsFrom(data, `${year}-12-31`),
        },
      };
    case 'final-report': {
      const measure = data.application.document.measure;
      return {
        documentType: 'final-report',
        ...header,
        id: `sluttrapport-${caseSlug}`,
        period: { from: measure.startDate, to: measure.plannedEndDate },
        goalAchievement: [],
        implementation: {},
        accounts: accountsFrom(data, measure.plannedEndDate),
      };
    }
    case 'transfer-request': {
      const report = latestStatusReport(data);
      const fromYear = report?.document.reportingYear ?? year;
      return {
        documentType: 'transfer-request',
        ...header,
        schemaVersion: 1,
        id: `overforing-${caseSlug}-${fromYear}`,
        fromYear,
        amount: unusedToTransfer(report),
        requestedOn: today,
      };
    }
  }
}

/** The case history the rules need in the browser, as the API gives them on the server. */
export function ruleContext(type: FollowUpType, data: CaseData): RuleContext {
  const letter = data.documents.letter?.document;
  if (type === 'acceptance') return letter?.documentType === 'grant-letter' ? { grantLetter: letter } : {};
  if (type === 'transfer-request') {
    const report = latestStatusReport(data)?.document;
    return report ? { statusReport: report } : {};
  }
  // As the server judges a report: against the application's budget and the grant letter's reporting deadline.
  return {
    application: data.application.document,
    ...(letter?.documentType === 'grant-letter' ? { grantLetter: letter } : {}),
  };
}

/** The state the case must be in for the document (the lifecycle's event that it causes). */
const ALLOWED_IN: Record<FollowUpType, readonly string[]> = {
  acceptance: ['granted'],
  'status-report': ['paid'],
  'final-report': ['paid', 'reported'],
  'transfer-request': ['reported'],
};

/**
 * Whether the office can send the document now: the case's state; for a transfer, what was reported; for a
 * report, that it is due (§ 11).
 */
export const isAvailable = (type: FollowUpType, data: CaseData, now: Date): boolean =>
  ALLOWED_IN[type].includes(data.application.state) &&
  (type !== 'transfer-request' || canRequestTransfer(data)) &&
  (type !== 'status-report' || statusReportTiming(data, now).kind === 'open') &&
  (type !== 'final-report' || finalReportTiming(data, now).kind === 'open');
