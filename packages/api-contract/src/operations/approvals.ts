import { RETURN_REASON_IDS, RETURN_REASONS } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { ApprovalRecord, Decision, PaymentDoc } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { applicationPath, idempotencyHeader, idParam, READ, replayedHeader, WRITE } from './parameters.js';

const approvalPath = z.object({ approvalId: idParam });
const proposal = { description: 'Forslaget, som venter på godkjenning', content: ApprovalRecord };
const resolved = { description: 'Forslaget med avgjørelsen', content: ApprovalRecord };

const reasons = Object.entries(RETURN_REASONS)
  .map(([id, words]) => `«${id}» ${words.toLowerCase()}`)
  .join(', ');

export const ProposalReturn = z
  .object({
    reason: z.enum(RETURN_REASON_IDS).meta({ description: `Hvorfor forslaget sendes tilbake: ${reasons}` }),
    comment: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .meta({ description: 'Hva saksbehandleren skal se på eller endre' }),
  })
  .strict()
  .meta({ id: 'ProposalReturn', title: 'Send forslaget tilbake' });

/**
 * Totrinnskontroll (§ 12: control through the whole grant chain; the county office's authorisation, seed 000): a
 * decision and a payment are proposed by one person and take effect only when a second, with the approver role,
 * approves them. The proposal is checked with every rule when it is made and again when it is approved.
 */
export const APPROVAL_OPERATIONS = {
  decideApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/decision',
    tag: 'Totrinnskontroll',
    summary: 'Foreslå innvilgelse eller avslag (§ 8)',
    description:
      'Saksbehandleren legger fram beslutningen; den kontrolleres med alle regler (også FRAME_EXCEEDED) og venter på godkjenning av en annen (approveProposal). Saken endres først når forslaget godkjennes; utfallet bestemmer da hendelsen, grant eller reject. Ett forslag om gangen per sak (409 PROPOSAL_PENDING).',
    security: 'bearer',
    params: applicationPath,
    headers: idempotencyHeader,
    body: documentBody(Decision, 'case-decision'),
    responses: { 202: { ...proposal, headers: replayedHeader } },
    problems: WRITE,
  }),
  recordPayment: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/payments',
    tag: 'Totrinnskontroll',
    summary: 'Foreslå en utbetaling (§ 10)',
    description:
      'Saksbehandleren legger fram utbetalingen; den registreres i saken først når en annen godkjenner den (approveProposal).',
    security: 'bearer',
    params: applicationPath,
    body: documentBody(PaymentDoc, 'payment'),
    responses: { 202: proposal },
    problems: WRITE,
  }),
  listApprovals: operation({
    method: 'get',
    path: '/v1/approvals',
    tag: 'Totrinnskontroll',
    summary: 'Forslag til godkjenning',
    description:
      'Forslagene i sakene brukeren har tilgang til hos statsforvalteren eller direktoratet, eldste først. Godkjennerens kø er state=proposed.',
    security: 'bearer',
    query: z.object({
      state: z.enum(['proposed', 'approved', 'returned']).optional(),
      applicationId: idParam.optional(),
    }),
    responses: { 200: { description: 'Forslagene', content: z.object({ items: z.array(ApprovalRecord) }) } },
    problems: READ,
  }),
  getApproval: operation({
    method: 'get',
    path: '/v1/approvals/{approvalId}',
    tag: 'Totrinnskontroll',
    summary: 'Ett forslag',
    security: 'bearer',
    params: approvalPath,
    responses: { 200: { description: 'Forslaget', content: ApprovalRecord } },
    problems: READ,
  }),
  approveProposal: operation({
    method: 'post',
    path: '/v1/approvals/{approvalId}/approval',
    tag: 'Totrinnskontroll',
    summary: 'Godkjenn forslaget',
    description:
      'En annen enn den som foreslo, med godkjennerrollen hos samme myndighet (APPROVAL_OWN_PROPOSAL, APPROVAL_ROLE_MISSING, APPROVAL_OTHER_AUTHORITY). Beslutningen eller utbetalingen kontrolleres på nytt mot saken slik den er nå (rammen kan være brukt opp av andre vedtak imens: FRAME_EXCEEDED) og registreres i saken i samme transaksjon.',
    security: 'bearer',
    params: approvalPath,
    responses: { 200: resolved },
    problems: WRITE,
  }),
  returnProposal: operation({
    method: 'post',
    path: '/v1/approvals/{approvalId}/return',
    tag: 'Totrinnskontroll',
    summary: 'Send forslaget tilbake',
    description:
      'Godkjenneren sender forslaget tilbake med en kodet årsak og en kommentar; saksbehandleren legger fram et nytt forslag.',
    security: 'bearer',
    params: approvalPath,
    body: ProposalReturn,
    responses: { 200: resolved },
    problems: WRITE,
  }),
};
