import { Radio, RadioGroup, TextField } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { formatAmount, parseAmount } from '@sosialtilskudd/forms';
import { useState } from 'react';
import { api } from '../api/client.js';
import { now } from '../app/clock.js';
import type { CaseData } from '../cases/case-data.js';
import { FactList } from '../cases/facts.js';
import { formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { ActionForm, type FieldError } from './action-form.js';
import { useAfterAction } from './after-action.js';
import { DateField, isIsoDate } from './date-field.js';

/** The field each of the decision's JSON Pointers names (the API points inside the decision body). */
const FIELDS: Record<string, string> = {
  '/approved': 'transfer-outcome',
  '/approvedAmount': 'transfer-amount',
  '/decidedOn': 'transfer-date',
};

/**
 * The county office decides a Nav office's request to move unused funds to next year: approved, up to the
 * amount asked for, or not (§ 10). The amount approved is deducted from next year's payment.
 */
export function TransferDecisionForm({
  data,
  request,
}: {
  data: CaseData;
  request: Schemas['TransferRequestRecord'];
}) {
  const t = useT();
  const { language } = useLanguage();
  const done = useAfterAction();
  const asked = request.document;
  const [outcome, setOutcome] = useState<'approved' | 'rejected' | ''>('');
  const [amount, setAmount] = useState(formatAmount(asked.amount));
  const [decidedOn, setDecidedOn] = useState(osloDate(now()));

  const validate = (): FieldError[] => [
    ...(outcome ? [] : [{ id: 'transfer-outcome', label: t('transferOutcome'), text: t('required') }]),
    ...(outcome === 'approved' && parseAmount(amount) === undefined
      ? [{ id: 'transfer-amount', label: t('transferApprovedAmount'), text: t('amountInvalid') }]
      : []),
    ...(isIsoDate(decidedOn)
      ? []
      : [{ id: 'transfer-date', label: t('transferDecidedOn'), text: t('required') }]),
  ];

  const send = () =>
    api.POST('/v1/applications/{applicationId}/transfer-requests/{recordId}/decision', {
      params: { path: { applicationId: data.application.id, recordId: request.id } },
      body: {
        approved: outcome === 'approved',
        approvedAmount: outcome === 'approved' ? (parseAmount(amount) ?? 0) : 0,
        decidedOn,
      },
    });

  return (
    <ActionForm
      heading={t('transferDecisionHeading')}
      intro={t('transferDecisionIntro', { amount: formatNok(asked.amount, language), year: asked.fromYear })}
      submitLabel={t('transferDecisionSubmit')}
      validate={validate}
      send={send}
      onDone={() => done(data.application.id, 'transfer-decision')}
      fieldOf={(path) => FIELDS[path]}
    >
      {(errorOf) => (
        <>
          <FactList
            items={[
              { label: t('transferReason'), value: asked.reason },
              { label: t('transferPlannedUse'), value: asked.plannedUse },
            ]}
          />
          <RadioGroup
            id="transfer-outcome"
            legend={t('transferOutcome')}
            value={outcome}
            onChange={(value: 'approved' | 'rejected') => setOutcome(value)}
            error={errorOf('transfer-outcome')}
          >
            <Radio value="approved">{t('transferApprove')}</Radio>
            <Radio value="rejected">{t('transferReject')}</Radio>
          </RadioGroup>
          {outcome === 'approved' ? (
            <TextField
              id="transfer-amount"
              label={t('transferApprovedAmount')}
              description={t('transferApprovedAmountHelp', { amount: formatNok(asked.amount, language) })}
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              onBlur={() => setAmount(formatAmount(parseAmount(amount)))}
              error={errorOf('transfer-amount')}
              htmlSize={14}
            />
          ) : null}
          <DateField
            id="transfer-date"
            label={t('transferDecidedOn')}
            value={decidedOn}
            onChange={setDecidedOn}
            error={errorOf('transfer-date')}
          />
        </>
      )}
    </ActionForm>
  );
}
