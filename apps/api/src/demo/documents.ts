import {
  type Acceptance,
  type Application,
  type Assessment,
  type Call,
  type CaseDecision,
  type CountyOfficeId,
  exampleAcceptance,
  exampleApplication,
  exampleAssessment,
  exampleCaseDecision,
  exampleFinalReport,
  exampleGrantLetter,
  examplePayment,
  exampleRejectionLetter,
  exampleStatusReport,
  type FinalReport,
  type GrantLetter,
  type NavOffice,
  type Payment,
  type RejectionLetter,
  type StatusReport,
} from '@sosialtilskudd/domain';
import { unsigned } from '../http/documents.js';

/** What every document of one case repeats: who applied, to whom, under which call and case number. */
export interface CaseFacts {
  call: Call;
  office: NavOffice;
  countyOfficeId: CountyOfficeId;
  /** The application document's own id (a slug). */
  applicationId: string;
  measureName: string;
  caseNumber: string;
  /** For a continuation (year two of the measure): last year's case. */
  continues?: { caseNumber: string; callId: string };
  /** The measure's planned last day, where it is not the example's (three years on). */
  plannedEndDate?: string;
  /** Who handles the case at the county office (the example's Per Olsen, Innlandet, when not given). */
  caseworker?: string;
}

/**
 * The domain's example application, moved to another office, county office and measure, as a draft: without
 * the time of submission, which the server stamps when it is sent.
 */
export function applicationFor(f: Omit<CaseFacts, 'caseNumber'>): Application {
  // The signers sign in the API: a draft carries no signatures, and the server stamps submittedAt.
  const { submittedAt: _sent, ...base } = unsigned(exampleApplication(f.call));
  const application: Application = {
    ...base,
    id: f.applicationId,
    addressee: { kind: 'county-office', countyOfficeId: f.countyOfficeId },
    applicant: f.office,
    measure: {
      ...base.measure,
      name: f.measureName,
      plannedEndDate: f.plannedEndDate ?? base.measure.plannedEndDate,
    },
  };
  if (!f.continues) return application;
  return {
    ...application,
    kind: 'continuation',
    measure: { ...application.measure, yearOfMeasure: 2 },
    continuation: { previousCaseNumber: f.continues.caseNumber, previousCallId: f.continues.callId },
  };
}

const county = (f: CaseFacts) => ({ kind: 'county-office' as const, countyOfficeId: f.countyOfficeId });

const caseRef = (f: CaseFacts) => ({
  caseNumber: f.caseNumber,
  callId: f.call.id,
  organisationNumber: f.office.organisationNumber,
  measureName: f.measureName,
});

export function decisionFor(f: CaseFacts, result: 'granted' | 'rejected'): CaseDecision {
  const base = exampleCaseDecision(f.call);
  return {
    ...base,
    caseNumber: f.caseNumber,
    applicationId: f.applicationId,
    decidedBy: county(f),
    caseworker: f.caseworker ?? base.caseworker,
    ...(result === 'rejected'
      ? {
          outcome: {
            result: 'rejected',
            reasons: ['ikke-prioritert'],
            // What the letter will say about the reason, written with the decision.
            explanations: exampleRejectionLetter(f.call).reasons,
          },
        }
      : {}),
  };
}

/** The example assessment of the case, by its county office's caseworker; `score` every criterion alike. */
export function assessmentFor(f: CaseFacts, score?: 0 | 1 | 2 | 3): Assessment {
  const base = exampleAssessment(f.call);
  return {
    ...base,
    id: `vurdering-${f.applicationId}`,
    applicationId: f.applicationId,
    caseNumber: f.caseNumber,
    assessedBy: { authority: county(f), name: f.caseworker ?? base.assessedBy.name },
    ...(score === undefined
      ? {}
      : {
          criteria: Object.fromEntries(
            Object.entries(base.criteria).map(([id, c]) => [id, { ...c, score }]),
          ) as Assessment['criteria'],
        }),
  };
}

const letterFacts = (f: CaseFacts) => ({
  caseNumber: f.caseNumber,
  applicationId: f.applicationId,
  issuer: county(f),
  recipient: f.office,
  measureName: f.measureName,
  ...(f.caseworker ? { signedBy: `${f.caseworker}, seniorrådgiver` } : {}),
});

export const grantLetterFor = (f: CaseFacts): GrantLetter => ({
  ...exampleGrantLetter(f.call),
  ...letterFacts(f),
});

export const rejectionLetterFor = (f: CaseFacts): RejectionLetter => ({
  ...exampleRejectionLetter(f.call),
  ...letterFacts(f),
});

/** What the applicant sends: the server stamps the time and adds the sender's signature. */
const asSent = <T extends object>(doc: T) => {
  const { submittedAt: _sent, ...rest } = unsigned(doc) as T & { submittedAt?: string };
  return rest;
};

export const acceptanceFor = (f: CaseFacts): Acceptance => ({
  ...asSent(exampleAcceptance(f.call)),
  case: caseRef(f),
  accountNumber: f.office.accountNumber,
});

export const paymentFor = (f: CaseFacts): Payment => ({
  ...examplePayment(f.call),
  case: caseRef(f),
  payer: county(f),
  accountNumber: f.office.accountNumber,
});

export const statusReportFor = (f: CaseFacts, lineCount?: number): StatusReport => ({
  ...asSent(exampleStatusReport(f.call, lineCount)),
  case: caseRef(f),
});

export const finalReportFor = (f: CaseFacts): FinalReport => ({
  ...asSent(exampleFinalReport(f.call)),
  case: caseRef(f),
});
