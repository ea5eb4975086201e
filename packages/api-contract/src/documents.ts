import {
  Acceptance,
  Approval,
  Assessment,
  Call,
  CaseDecision,
  DeadlineExtension,
  Application as DomainApplication,
  FinalReport,
  Frame,
  GrantLetter,
  Payment,
  RejectionLetter,
  RepaymentClaim,
  StatusReport,
  TransferRequest,
} from '@sosialtilskudd/domain';
import { z } from 'zod';
import { Actor, Id, Instant } from './common.js';

export const named = <S extends z.ZodType>(schema: S, id: string, description?: string) =>
  schema.meta({ id, ...(description ? { description } : {}) });

// Components for the documents: the top-level domain schemas carry no id of their own.
export const Application = named(DomainApplication, 'Application');
export const Decision = named(CaseDecision, 'CaseDecision');
export const Grant = named(GrantLetter, 'GrantLetter');
export const Rejection = named(RejectionLetter, 'RejectionLetter');
export const AcceptanceDoc = named(Acceptance, 'Acceptance');
export const PaymentDoc = named(Payment, 'Payment');
export const Transfer = named(TransferRequest, 'TransferRequest');
export const Repayment = named(RepaymentClaim, 'RepaymentClaim');
export const Status = named(StatusReport, 'StatusReport');
export const Final = named(FinalReport, 'FinalReport');
export const CallDoc = named(Call, 'Call');
export const Extension = named(DeadlineExtension, 'DeadlineExtension');
export const FrameDoc = named(Frame, 'Frame');
export const AssessmentDoc = named(Assessment, 'Assessment');
export const ApprovalDoc = named(Approval, 'Approval');
export const Letter = z
  .discriminatedUnion('documentType', [Grant, Rejection])
  .meta({ id: 'Letter', title: 'Tilskuddsbrev eller avslagsbrev' });

/** Every follow-up document is stored as an immutable record; a change is a new record that supersedes it. */
export const record = <S extends z.ZodType>(document: S, id: string) =>
  z
    .object({
      id: Id,
      applicationId: Id,
      createdAt: Instant,
      createdBy: Actor,
      supersedes: Id.nullable(),
      document,
    })
    .meta({ id });

export const DecisionRecord = record(Decision, 'CaseDecisionRecord');
export const LetterRecord = record(Letter, 'LetterRecord');
export const AcceptanceRecord = record(AcceptanceDoc, 'AcceptanceRecord');
export const PaymentRecord = record(PaymentDoc, 'PaymentRecord');
export const StatusReportRecord = record(Status, 'StatusReportRecord');
export const FinalReportRecord = record(Final, 'FinalReportRecord');
export const TransferRecord = record(Transfer, 'TransferRequestRecord');
export const RepaymentRecord = record(Repayment, 'RepaymentClaimRecord');
export const AssessmentRecord = record(AssessmentDoc, 'AssessmentRecord');

export const ExtensionRecord = z
  .object({ id: Id, createdAt: Instant, createdBy: Actor, document: Extension })
  .meta({ id: 'DeadlineExtensionRecord', title: 'Registrert utsatt søknadsfrist' });

/**
 * Totrinnskontroll: a decision or a payment as one person proposed it, waiting for a second, approved (then filed on
 * the case as `filedRecordId`) or returned with a coded reason.
 */
export const ApprovalRecord = z
  .object({
    id: Id,
    applicationId: Id,
    state: z.enum(['proposed', 'approved', 'returned']).meta({
      description:
        '«proposed» venter på godkjenning, «approved» godkjent og registrert, «returned» sendt tilbake',
    }),
    approval: ApprovalDoc,
    proposed: z
      .discriminatedUnion('documentType', [Decision, PaymentDoc])
      .meta({ description: 'Beslutningen eller utbetalingen slik den ble foreslått' }),
    filedRecordId: Id.nullable().meta({
      description: 'Dokumentet som ble registrert i saken da forslaget ble godkjent',
    }),
  })
  .meta({ id: 'ApprovalRecord', title: 'Forslag til godkjenning' });

/** A version of a frame as the directorate issued it: when and by whom it was stored. */
export const FrameRecord = z
  .object({ createdAt: Instant, createdBy: Actor, document: FrameDoc })
  .meta({ id: 'FrameRecord', title: 'Utstedt fullmakt (ramme)' });

/** What an applicant needs of an extension: the new deadline and whom it applies to, not who gave it or why. */
export const PublicExtension = DeadlineExtension.pick({
  callId: true,
  grantedBy: true,
  appliesTo: true,
  deadline: true,
}).meta({
  id: 'PublicDeadlineExtension',
  title: 'Utsatt søknadsfrist',
  description:
    'Den nye fristen og hvem den gjelder: søknader til myndigheten i grantedBy, alle eller én søker',
});

export const CaseFile = z
  .object({
    decision: DecisionRecord.nullable(),
    letter: LetterRecord.nullable(),
    acceptance: AcceptanceRecord.nullable(),
    payments: z.array(PaymentRecord),
    statusReports: z.array(StatusReportRecord),
    finalReport: FinalReportRecord.nullable(),
    transferRequests: z.array(TransferRecord),
    repaymentClaims: z.array(RepaymentRecord),
  })
  .meta({ id: 'CaseFile', title: 'Sakens dokumenter', description: 'Gjeldende versjon av hvert dokument' });
