import { Alert, BodyLong, Select, Textarea, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate, RETURN_REASON_IDS, type ReturnReason } from '@sosialtilskudd/domain';
import { useState } from 'react';
import { api } from '../api/client.js';
import { currentSession } from '../api/session.js';
import type { CaseData } from '../cases/case-data.js';
import { formatDate, formatNok } from '../i18n/format.js';
import { personName } from '../i18n/labels.js';
import { type Language, useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { ActionForm, type FieldError } from './action-form.js';
import { useAfterAction } from './after-action.js';

type Approval = Schemas['ApprovalRecord'];
type T = ReturnType<typeof useT>;

/** What is proposed, in words: a grant of an amount, a rejection, a payment of an amount. */
export function proposalWhat(t: T, language: Language, a: Approval): string {
  const { proposed } = a;
  if (proposed.documentType === 'payment')
    return t('proposalPayment', { amount: formatNok(proposed.amount, language) });
  return proposed.outcome.result === 'granted'
    ? t('proposalGrant', { amount: formatNok(proposed.outcome.amount, language) })
    : t('proposalReject');
}

/** The Oslo calendar day of an instant the API gives (a proposal at 23:30 UTC is the next day in Norway). */
export const dayOf = (at: string, language: Language) => formatDate(osloDate(new Date(at)), language);

/**
 * Whether the person logged in may resolve the proposal: the county office's approver, or at the directorate
 * another person than the one who proposed (the API judges it again with the domain's approval rules).
 */
function mayResolve(a: Approval): boolean {
  const principal = currentSession()?.principal;
  if (!principal) return false;
  if (principal.role === 'county-approver') return true;
  return (
    principal.role === 'directorate' &&
    a.approval.proposedBy.authority.kind === 'directorate' &&
    a.approval.proposedBy.id !== principal.sub
  );
}

/**
 * Totrinnskontroll on the case page: the proposal that waits (for the approver, with «Godkjenn» and «Send
 * tilbake»; for the caseworker, that it waits), or the reason and comment of the last one sent back.
 */
export function ProposalPanel({ data, approvals }: { data: CaseData; approvals: Approval[] }) {
  const t = useT();
  const { language } = useLanguage();
  const waiting = approvals.find((a) => a.state === 'proposed');
  const last = approvals.at(-1);
  if (waiting) {
    const facts = {
      what: proposalWhat(t, language, waiting),
      name: personName(waiting.approval.proposedBy.name),
      date: dayOf(waiting.approval.proposedAt, language),
    };
    return mayResolve(waiting) ? (
      <VStack gap="space-24">
        <ApproveForm data={data} approval={waiting} intro={t('approvalIntro', facts)} />
        <ReturnForm data={data} approval={waiting} />
      </VStack>
    ) : (
      <Alert variant="info">{t('proposalWaiting', facts)}</Alert>
    );
  }
  const resolution = last?.approval.resolution;
  if (!last || resolution?.result !== 'returned') return null;
  return (
    <Alert variant="warning">
      <BodyLong>
        {t('proposalReturned', {
          name: personName(resolution.by.name),
          what: proposalWhat(t, language, last),
          date: dayOf(resolution.at, language),
          reason: t(`returnReason_${resolution.reason}` as TextKey),
        })}
      </BodyLong>
      <BodyLong>{t('proposalComment', { comment: resolution.comment })}</BodyLong>
    </Alert>
  );
}

const path = (a: Approval) => ({ params: { path: { approvalId: a.id } } });

function ApproveForm({ data, approval, intro }: { data: CaseData; approval: Approval; intro: string }) {
  const t = useT();
  const done = useAfterAction();
  return (
    <ActionForm
      heading={t('approvalHeading')}
      intro={intro}
      submitLabel={t('approvalSubmit')}
      validate={() => []}
      send={() => api.POST('/v1/approvals/{approvalId}/approval', path(approval))}
      onDone={() => done(data.application.id, 'approval')}
      fieldOf={() => undefined}
    >
      {() => null}
    </ActionForm>
  );
}

function ReturnForm({ data, approval }: { data: CaseData; approval: Approval }) {
  const t = useT();
  const done = useAfterAction();
  const [reason, setReason] = useState<ReturnReason | ''>('');
  const [comment, setComment] = useState('');
  const validate = (): FieldError[] => [
    ...(reason ? [] : [{ id: 'return-reason', label: t('returnReason'), text: t('required') }]),
    ...(comment.trim() ? [] : [{ id: 'return-comment', label: t('returnComment'), text: t('required') }]),
  ];
  return (
    <ActionForm
      heading={t('returnHeading')}
      submitLabel={t('returnSubmit')}
      validate={validate}
      send={() =>
        api.POST('/v1/approvals/{approvalId}/return', {
          ...path(approval),
          body: { reason: reason as ReturnReason, comment },
        })
      }
      onDone={() => done(data.application.id, 'return')}
      fieldOf={(p) =>
        p.startsWith('/reason') ? 'return-reason' : p.startsWith('/comment') ? 'return-comment' : undefined
      }
    >
      {(errorOf) => (
        <>
          <Select
            id="return-reason"
            label={t('returnReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as ReturnReason)}
            error={errorOf('return-reason')}
          >
            <option value="">{t('returnChoose')}</option>
            {RETURN_REASON_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`returnReason_${id}` as TextKey)}
              </option>
            ))}
          </Select>
          <Textarea
            id="return-comment"
            label={t('returnComment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={errorOf('return-comment')}
            maxLength={2000}
          />
        </>
      )}
    </ActionForm>
  );
}
