import type { Schemas } from '@sosialtilskudd/api-client';
import {
  budgetTotals,
  findCall,
  NO_APPEAL_STATEMENT,
  osloDate,
  periodEnd,
  type RejectionReason,
  SCHEMES,
} from '@sosialtilskudd/domain';
import { addDays } from '../i18n/format.js';

type ApplicationCase = Schemas['ApplicationCase'];
type CaseDecision = Schemas['CaseDecision'];

export const slugOf = (value: string) => value.replace(/[^0-9a-z]+/gi, '-').toLowerCase();

/** The parts of a decision or letter that name the case and who handles it. */
export function reference(application: ApplicationCase) {
  return {
    caseNumber: application.caseNumber ?? '',
    callId: application.callId,
    applicationId: application.document.id,
  };
}

/** What the caseworker wrote for the Nav office about each rejection reason. */
export type Explanations = Partial<Record<RejectionReason, string>>;

export type DecisionInput =
  | { result: 'granted'; amount: number; conditions: string[]; assessment: string }
  | { result: 'rejected'; reasons: RejectionReason[]; explanations: Explanations; assessment: string };

/** The explanations in the order of the reasons, as the decision and the letter hold them. */
const explained = (reasons: readonly RejectionReason[], explanations: Explanations) =>
  reasons.map((reason) => ({ reason, explanation: explanations[reason] ?? '' }));

/** What the decision says about each reason, for the letter to start from (§ 8). */
export function decisionExplanations(decision: CaseDecision): Explanations {
  if (decision.outcome.result !== 'rejected') return {};
  return Object.fromEntries((decision.outcome.explanations ?? []).map((e) => [e.reason, e.explanation]));
}

export function decisionDocument(
  application: ApplicationCase,
  input: DecisionInput,
  caseworker: string,
  now: Date,
): CaseDecision {
  return {
    documentType: 'case-decision',
    schemaVersion: 1,
    id: `vedtak-${slugOf(application.caseNumber ?? application.id)}`,
    ...reference(application),
    decidedBy: application.authority,
    caseworker,
    decidedOn: osloDate(now),
    outcome:
      input.result === 'granted'
        ? { result: 'granted', amount: input.amount, conditions: input.conditions }
        : {
            result: 'rejected',
            reasons: input.reasons,
            explanations: explained(input.reasons, input.explanations),
          },
    assessment: input.assessment,
  };
}

export interface GrantLetterInput {
  date: string;
  amount: number;
  grantedPositions: number;
  grantedCompetenceFunds: number;
  from: string;
  to: string;
  conditions: string[];
  acceptanceDeadline: string;
  signedBy: string;
}

/** Starting values for the grant letter, from the decision and the application. */
export function grantLetterDefaults(
  application: ApplicationCase,
  decision: CaseDecision,
  signedBy: string,
  now: Date,
): GrantLetterInput {
  const today = osloDate(now);
  const amount = decision.outcome.result === 'granted' ? decision.outcome.amount : 0;
  const totals = budgetTotals(application.document.budget);
  const competence = Math.min(totals.competenceFunds, amount);
  const months = findCall(application.callId)?.grantPeriodMonths ?? 12;
  // The period starts when the measure does, but never before the letter is written.
  const start = application.document.measure.startDate;
  const from = start.localeCompare(today) > 0 ? start : today;
  return {
    date: today,
    amount,
    grantedPositions: amount - competence,
    grantedCompetenceFunds: competence,
    from,
    to: periodEnd(from, months),
    conditions: decision.outcome.result === 'granted' ? decision.outcome.conditions : [],
    acceptanceDeadline: addDays(today, 30),
    signedBy,
  };
}

const ACCEPTANCE_TERMS =
  'Tilskuddet utbetales når bekreftelsen er fylt ut, signert og returnert (§ 10). Tilskuddet kan falle bort eller kreves tilbake om vilkårene ikke følges (§ 13).';

function letterBase(application: ApplicationCase, date: string, signedBy: string) {
  const call = findCall(application.callId);
  const regulation = call ? SCHEMES[call.schemeId].regulation : undefined;
  return {
    schemaVersion: 1 as const,
    id: `brev-${slugOf(application.caseNumber ?? application.id)}`,
    ...reference(application),
    issuer: application.authority,
    recipient: application.document.applicant,
    measureName: application.document.measure.name,
    date,
    legalBasis: { regulationId: regulation?.id ?? 'Kunngjøring', sections: ['§ 5', '§ 8'] },
    // § 9: the letter says that the decision is not an individual decision and cannot be appealed.
    noAppealStatement: NO_APPEAL_STATEMENT,
    signedBy,
  };
}

export function grantLetterDocument(
  application: ApplicationCase,
  input: GrantLetterInput,
): Schemas['GrantLetter'] {
  const call = findCall(application.callId);
  return {
    documentType: 'grant-letter',
    ...letterBase(application, input.date, input.signedBy),
    amount: input.amount,
    grantedPositions: input.grantedPositions,
    grantedCompetenceFunds: input.grantedCompetenceFunds,
    period: { from: input.from, to: input.to },
    conditions: input.conditions,
    reportingDeadline: call?.reportingDeadline?.date ?? `${(call?.year ?? 0) + 1}-02-01`,
    acceptance: { deadline: input.acceptanceDeadline, terms: ACCEPTANCE_TERMS },
  };
}

export function rejectionLetterDocument(
  application: ApplicationCase,
  date: string,
  signedBy: string,
  reasons: readonly RejectionReason[],
  explanations: Explanations,
): Schemas['RejectionLetter'] {
  return {
    documentType: 'rejection-letter',
    ...letterBase(application, date, signedBy),
    reasons: explained(reasons, explanations),
  };
}

export function paymentDocument(
  application: ApplicationCase,
  letter: Schemas['GrantLetter'],
  acceptance: Schemas['Acceptance'],
  paidOn: string,
): Schemas['Payment'] {
  return {
    documentType: 'payment',
    schemaVersion: 1,
    id: `utbetaling-${slugOf(application.caseNumber ?? application.id)}`,
    case: {
      caseNumber: application.caseNumber ?? '',
      callId: application.callId,
      organisationNumber: application.organisationNumber,
      measureName: application.document.measure.name,
    },
    payer: application.authority,
    paidOn,
    grantedAmount: letter.amount,
    deductions: [],
    amount: letter.amount,
    accountNumber: acceptance.accountNumber,
  };
}
