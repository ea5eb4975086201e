import type { z } from 'zod';
import { Call } from './calls/call.js';
import { Application, ApplicationV1 } from './documents/application.js';
import { Approval } from './documents/approval.js';
import { Assessment } from './documents/assessment.js';
import {
  Acceptance,
  AcceptanceV1,
  DeadlineExtension,
  Payment,
  TransferRequest,
} from './documents/follow-up.js';
import { Frame } from './documents/frame.js';
import { CaseDecision, GrantLetter, RejectionLetter } from './documents/letters.js';
import { RepaymentClaim, RepaymentClaimV1 } from './documents/repayment-claim.js';
import { FinalReport, FinalReportV1, StatusReport, StatusReportV1 } from './documents/reports.js';
import { APPLICATION_RULES } from './rules/application-rules.js';
import { APPROVAL_RULES } from './rules/approval-rules.js';
import { ASSESSMENT_RULES } from './rules/assessment-rules.js';
import { CALL_RULES } from './rules/call-rules.js';
import {
  ACCEPTANCE_RULES,
  EXTENSION_RULES,
  PAYMENT_RULES,
  REPAYMENT_RULES,
  TRANSFER_RULES,
} from './rules/follow-up-rules.js';
import { DECISION_FRAME_RULES, FRAME_RULES } from './rules/frame-rules.js';
import { CASE_DECISION_RULES, GRANT_LETTER_RULES, REJECTION_LETTER_RULES } from './rules/letter-rules.js';
import { FINAL_REPORT_RULES, STATUS_REPORT_RULES } from './rules/report-rules.js';
import type { Rule } from './rules/rule.js';

export interface DocumentTypeDefinition<S extends z.ZodType = z.ZodType> {
  /** The `documentType` value, also the schema's file name. */
  type: string;
  /** Major version: part of the schema's $id; a breaking change makes a new one. */
  version: number;
  title: string;
  schema: S;
  rules: readonly Rule<z.infer<S>>[];
  /** The call a document belongs to, which supplies caps and deadlines to its rules. */
  callIdOf: (doc: z.infer<S>) => string | undefined;
  /** Earlier majors, still published so old documents can be read and migrated (see migrations/). */
  legacy?: readonly { version: number; schema: z.ZodType }[];
}

function define<S extends z.ZodType>(d: DocumentTypeDefinition<S>): DocumentTypeDefinition<S> {
  return d;
}

const caseCall = (d: { case: { callId: string } }) => d.case.callId;

export const DOCUMENT_TYPES = {
  application: define({
    type: 'application',
    version: 2,
    title: 'Søknad',
    schema: Application,
    rules: APPLICATION_RULES,
    callIdOf: (d) => d.callId,
    legacy: [{ version: 1, schema: ApplicationV1 }],
  }),
  'case-decision': define({
    type: 'case-decision',
    version: 1,
    title: 'Beslutning i sak',
    schema: CaseDecision,
    rules: [...CASE_DECISION_RULES, ...DECISION_FRAME_RULES],
    callIdOf: (d) => d.callId,
  }),
  'grant-letter': define({
    type: 'grant-letter',
    version: 1,
    title: 'Tilskuddsbrev',
    schema: GrantLetter,
    rules: GRANT_LETTER_RULES,
    callIdOf: (d) => d.callId,
  }),
  'rejection-letter': define({
    type: 'rejection-letter',
    version: 1,
    title: 'Avslagsbrev',
    schema: RejectionLetter,
    rules: REJECTION_LETTER_RULES,
    callIdOf: (d) => d.callId,
  }),
  acceptance: define({
    type: 'acceptance',
    version: 2,
    title: 'Bekreftelse',
    schema: Acceptance,
    rules: ACCEPTANCE_RULES,
    callIdOf: caseCall,
    legacy: [{ version: 1, schema: AcceptanceV1 }],
  }),
  payment: define({
    type: 'payment',
    version: 1,
    title: 'Utbetaling',
    schema: Payment,
    rules: PAYMENT_RULES,
    callIdOf: caseCall,
  }),
  'transfer-request': define({
    type: 'transfer-request',
    version: 1,
    title: 'Overføring av ubenyttede midler',
    schema: TransferRequest,
    rules: TRANSFER_RULES,
    callIdOf: caseCall,
  }),
  'repayment-claim': define({
    type: 'repayment-claim',
    version: 2,
    title: 'Krav om tilbakebetaling',
    schema: RepaymentClaim,
    rules: REPAYMENT_RULES,
    callIdOf: caseCall,
    legacy: [{ version: 1, schema: RepaymentClaimV1 }],
  }),
  'status-report': define({
    type: 'status-report',
    version: 2,
    title: 'Statusrapport med regnskap',
    schema: StatusReport,
    rules: STATUS_REPORT_RULES,
    callIdOf: caseCall,
    legacy: [{ version: 1, schema: StatusReportV1 }],
  }),
  'final-report': define({
    type: 'final-report',
    version: 2,
    title: 'Sluttrapport',
    schema: FinalReport,
    rules: FINAL_REPORT_RULES,
    callIdOf: caseCall,
    legacy: [{ version: 1, schema: FinalReportV1 }],
  }),
  call: define({
    type: 'call',
    version: 1,
    title: 'Utlysning',
    schema: Call,
    rules: CALL_RULES,
    callIdOf: () => undefined,
  }),
  'deadline-extension': define({
    type: 'deadline-extension',
    version: 1,
    title: 'Utsatt søknadsfrist',
    schema: DeadlineExtension,
    rules: EXTENSION_RULES,
    callIdOf: (d) => d.callId,
  }),
  frame: define({
    type: 'frame',
    version: 1,
    title: 'Fullmakt (ramme)',
    schema: Frame,
    rules: FRAME_RULES,
    callIdOf: (d) => d.callId,
  }),
  assessment: define({
    type: 'assessment',
    version: 1,
    title: 'Vurdering av søknad',
    schema: Assessment,
    rules: ASSESSMENT_RULES,
    callIdOf: (d) => d.callId,
  }),
  approval: define({
    type: 'approval',
    version: 1,
    title: 'Forslag til godkjenning',
    schema: Approval,
    rules: APPROVAL_RULES,
    callIdOf: () => undefined,
  }),
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_NAMES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_TYPES, value);
}

interface VersionedSchemas {
  version: number;
  schema: z.ZodType;
  legacy?: readonly { version: number; schema: z.ZodType }[];
}

const versioned = (type: DocumentType) => DOCUMENT_TYPES[type] as VersionedSchemas;

/** The schema of major `version` of a document type: the current one, or an earlier one still published. */
export function schemaOfVersion(type: DocumentType, version: number): z.ZodType | undefined {
  const def = versioned(type);
  return def.version === version ? def.schema : def.legacy?.find((l) => l.version === version)?.schema;
}

/** The earlier majors of a document type that are still published, so old documents can be read and migrated. */
export function earlierVersions(type: DocumentType): number[] {
  return (versioned(type).legacy ?? []).map((l) => l.version);
}

export type DocumentOf<T extends DocumentType> = z.infer<(typeof DOCUMENT_TYPES)[T]['schema']>;
