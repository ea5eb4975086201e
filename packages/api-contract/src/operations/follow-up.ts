import type { DocumentType } from '@sosialtilskudd/domain';
import { z } from 'zod';
import {
  AcceptanceDoc,
  AcceptanceRecord,
  CaseFile,
  Final,
  FinalReportRecord,
  Repayment,
  RepaymentRecord,
  Status,
  StatusReportRecord,
  Transfer,
  TransferRecord,
} from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { MeasureAccounts, TransferDecision } from '../resources.js';
import { applicationPath, idParam, READ, WRITE } from './parameters.js';

/** A follow-up document posted to a case: validated with the domain and the case's history. */
const followUp = <const P extends string, const T extends DocumentType, R extends z.ZodType>(
  path: P,
  summary: string,
  description: string,
  body: { schema: z.ZodType; type: T },
  record: R,
) =>
  operation({
    method: 'post',
    path: `/v1/applications/{applicationId}/${path}`,
    tag: 'Oppfølging',
    summary,
    description,
    security: 'bearer',
    params: applicationPath,
    body: documentBody(body.schema, body.type),
    responses: { 201: { description: 'Lagret', content: record } },
    problems: WRITE,
  });

/** Bekreftelse, utbetaling, rapportering, overføring og tilbakebetaling (§ 10, § 11, § 13). */
export const FOLLOW_UP_OPERATIONS = {
  getCaseFile: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/documents',
    tag: 'Oppfølging',
    summary: 'Sakens dokumenter',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Dokumentene', content: CaseFile } },
    problems: READ,
  }),
  acceptGrant: followUp(
    'acceptance',
    'Send bekreftelsen (§ 10)',
    'Nav-kontoret.',
    { schema: AcceptanceDoc, type: 'acceptance' },
    AcceptanceRecord,
  ),
  submitStatusReport: followUp(
    'status-reports',
    'Send statusrapport med regnskap (§ 11)',
    'Nav-kontoret.',
    { schema: Status, type: 'status-report' },
    StatusReportRecord,
  ),
  submitFinalReport: followUp(
    'final-report',
    'Send sluttrapport (§ 11)',
    'Nav-kontoret.',
    { schema: Final, type: 'final-report' },
    FinalReportRecord,
  ),
  requestTransfer: followUp(
    'transfer-requests',
    'Søk om å overføre ubenyttede midler (§ 10)',
    'Nav-kontoret, etter statusrapporten.',
    { schema: Transfer, type: 'transfer-request' },
    TransferRecord,
  ),
  decideTransfer: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/transfer-requests/{recordId}/decision',
    tag: 'Oppfølging',
    summary: 'Godkjenn eller avslå overføring (§ 10)',
    description: 'Statsforvalteren. Gir en ny versjon av forespørselen med beslutningen.',
    security: 'bearer',
    params: z.object({ applicationId: idParam, recordId: idParam }),
    body: TransferDecision,
    responses: { 201: { description: 'Forespørselen med beslutning', content: TransferRecord } },
    problems: WRITE,
  }),
  claimRepayment: followUp(
    'repayment-claims',
    'Krev tilbakebetaling (§ 10)',
    'Statsforvalteren (direktoratet for nasjonale forsøk).',
    { schema: Repayment, type: 'repayment-claim' },
    RepaymentRecord,
  ),
  getBudgetVsAccounts: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/budget-vs-accounts',
    tag: 'Oppfølging',
    summary: 'Budsjett mot regnskap for tiltaket (§ 11)',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Sammenligningen', content: MeasureAccounts } },
    problems: READ,
  }),
};
