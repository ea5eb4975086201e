import type {
  Actor as ActorSchema,
  ApplicationCase,
  ApplicationSummary,
  AuditEvent,
  DecisionRecord,
} from '@sosialtilskudd/api-contract';
import { type Authority, allowedEvents, STATE_LABELS } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import { awaitingSignatureFrom, signingStatus } from '../cases/signing.js';
import type { SummaryRow } from '../repository/applications.js';
import type { AuditEntry } from '../repository/audit.js';
import type { DocumentRow } from '../repository/documents.js';
import type { ApplicationRow } from '../repository/rows.js';
import { iso } from '../repository/rows.js';

export type Actor = z.input<typeof ActorSchema>;
export type DecisionRecordView = z.input<typeof DecisionRecord>;

export function authorityOf(key: string): Authority {
  return key === 'directorate'
    ? { kind: 'directorate' }
    : ({ kind: 'county-office', countyOfficeId: key.slice('county-office:'.length) } as Authority);
}

/** Quoted, as RFC 9110 wants an entity tag. */
export const etagOf = (row: Pick<ApplicationRow, 'revision'>) => `"r${row.revision}"`;

export function applicationView(row: ApplicationRow): z.input<typeof ApplicationCase> {
  return {
    id: row.id,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    allowedEvents: allowedEvents(row.state),
    etag: etagOf(row),
    version: row.version,
    caseNumber: row.caseNumber,
    callId: row.callId,
    organisationNumber: row.organisationNumber,
    authority: authorityOf(row.authority),
    caseworker: row.caseworker,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    submittedAt: row.submittedAt ? iso(row.submittedAt) : null,
    notChecked: row.notChecked,
    signing: signingStatus(row),
    document: row.document,
  };
}

export function summaryView({ signedRoles, ...row }: SummaryRow): z.input<typeof ApplicationSummary> {
  return {
    ...row,
    awaitingSignatureFrom: awaitingSignatureFrom(signedRoles),
    stateLabel: STATE_LABELS[row.state],
    authority: authorityOf(row.authority),
    submittedAt: row.submittedAt ? iso(row.submittedAt) : null,
    updatedAt: iso(row.updatedAt),
  };
}

export function recordView<D>(row: DocumentRow<D>) {
  return {
    id: row.id,
    applicationId: row.applicationId,
    createdAt: iso(row.createdAt),
    createdBy: row.createdBy,
    supersedes: row.supersedes,
    document: row.document,
  };
}

export function auditView(e: AuditEntry & { id: number }): z.input<typeof AuditEvent> {
  return { ...e, at: iso(e.at) };
}
