import {
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  HStack,
  Radio,
  RadioGroup,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { budgetTotals, osloDate, REJECTION_REASONS, type RejectionReason } from '@sosialtilskudd/domain';
import { enumLabel, formatAmount, parseAmount } from '@sosialtilskudd/forms';
import { useState } from 'react';
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from 'react-router';
import { api, idempotencyKey } from '../api/client.js';
import { now } from '../app/clock.js';
import { AUTHORITY_ROLES, requireSession } from '../auth/guard.js';
import { ApplicationSummary } from '../cases/application-summary.js';
import { CaseAttachments } from '../cases/case-attachments.js';
import { type CaseData, loadCase } from '../cases/case-data.js';
import { CaseHistory } from '../cases/case-history.js';
import { CaseMessages } from '../cases/case-messages.js';
import {
  CaseAccounts,
  CaseDocuments,
  CaseFacts,
  CaseHeader,
  NotCheckedNotice,
} from '../cases/case-overview.js';
import { formatDate, formatNok } from '../i18n/format.js';
import { type Language, useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { ActionForm, type FieldError } from './action-form.js';
import { useAfterAction } from './after-action.js';
import { AssessmentSummary } from './assessment-summary.js';
import {
  decisionDocument,
  decisionExplanations,
  type Explanations,
  grantLetterDefaults,
  grantLetterDocument,
  paymentDocument,
  rejectionLetterDocument,
} from './case-documents.js';
import { caseworkerName, handlesCase } from './caseworker.js';
import { DateField, isIsoDate } from './date-field.js';
import { ProposalPanel } from './proposal-panel.js';
import { TransferDecisionForm } from './transfer-decision-form.js';

interface CountyCaseData extends CaseData {
  history: Schemas['AuditEvent'][];
  /** The latest assessment (issue 17), which the applicant does not read. */
  assessment: Schemas['AssessmentRecord'] | undefined;
  /** The case's proposals for totrinnskontroll, oldest first. */
  approvals: Schemas['ApprovalRecord'][];
}

/**
 * The case, and for the county office and the directorate its log and assessment too, and the proposals waiting
 * for or given a second person's approval.
 */
export async function countyCaseLoader({ request, params }: LoaderFunctionArgs): Promise<CountyCaseData> {
  requireSession(request, AUTHORITY_ROLES);
  const applicationId = params.applicationId ?? '';
  const path = { params: { path: { applicationId } } };
  const [data, history, assessments, approvals] = await Promise.all([
    loadCase(applicationId),
    api.GET('/v1/applications/{applicationId}/audit', path),
    api.GET('/v1/applications/{applicationId}/assessments', path),
    api.GET('/v1/approvals', { params: { query: { applicationId } } }),
  ]);
  return {
    ...data,
    history: history.items,
    assessment: assessments.items[0],
    approvals: approvals.items,
  };
}

const REASONS = Object.keys(REJECTION_REASONS) as RejectionReason[];
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The field a JSON Pointer into the decision names, most specific first (the API may point deeper). */
const DECISION_FIELDS: readonly [prefix: string, field: string][] = [
  ['/outcome/amount', 'decision-amount'],
  ['/outcome/conditions', 'decision-conditions'],
  ['/outcome/reasons', 'decision-reasons'],
  ['/outcome', 'decision-outcome'],
  ['/assessment', 'decision-assessment'],
];

function DecisionForm({ data }: { data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const done = useAfterAction();
  const app = data.application;
  const requestedTotal = budgetTotals(app.document.budget).requestedGrant;
  const [result, setResult] = useState<'granted' | 'rejected' | ''>('');
  const [amount, setAmount] = useState(formatAmount(requestedTotal));
  const [conditions, setConditions] = useState(
    'Det skal føres eget prosjektregnskap med eget koststed (§ 11).',
  );
  const [reasons, setReasons] = useState<RejectionReason[]>([]);
  const [explanations, setExplanations] = useState<Explanations>({});
  const [assessment, setAssessment] = useState('');

  const validate = (): FieldError[] => {
    const errors: FieldError[] = [];
    if (!result) errors.push({ id: 'decision-outcome', label: t('decisionOutcome'), text: t('required') });
    if (result === 'granted' && parseAmount(amount) === undefined)
      errors.push({ id: 'decision-amount', label: t('decisionAmount'), text: t('amountInvalid') });
    if (result === 'rejected' && reasons.length === 0)
      errors.push({ id: 'decision-reasons', label: t('decisionReasons'), text: t('required') });
    if (result === 'rejected')
      errors.push(...explanationErrors(t, language, reasons, explanations, 'decision-reason'));
    if (!assessment.trim())
      errors.push({
        id: 'decision-assessment',
        label: t('decisionAssessment'),
        text: t('required'),
      });
    return errors;
  };

  const send = async () => {
    return api.POST('/v1/applications/{applicationId}/decision', {
      params: { path: { applicationId: app.id }, header: { 'Idempotency-Key': idempotencyKey() } },
      body: decisionDocument(
        app,
        result === 'granted'
          ? { result, amount: parseAmount(amount) ?? 0, conditions: lines(conditions), assessment }
          : { result: 'rejected', reasons, explanations, assessment },
        caseworkerName(),
        now(),
      ),
    });
  };

  const fieldOf = (path: string) => DECISION_FIELDS.find(([prefix]) => path.startsWith(prefix))?.[1];

  return (
    <ActionForm
      heading={t('decisionHeading')}
      submitLabel={t('decisionSubmit')}
      validate={validate}
      send={send}
      onDone={() => done(app.id, 'decision')}
      fieldOf={fieldOf}
    >
      {(errorOf) => (
        <>
          <RadioGroup
            id="decision-outcome"
            legend={t('decisionOutcome')}
            value={result}
            onChange={(value: 'granted' | 'rejected') => setResult(value)}
            error={errorOf('decision-outcome')}
          >
            <Radio value="granted">{t('decisionGrant')}</Radio>
            <Radio value="rejected">{t('decisionReject')}</Radio>
          </RadioGroup>
          {result === 'granted' ? (
            <>
              <TextField
                id="decision-amount"
                label={t('decisionAmount')}
                description={t('decisionAmountHelp', { amount: formatNok(requestedTotal, language) })}
                inputMode="numeric"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                onBlur={() => setAmount(formatAmount(parseAmount(amount)))}
                error={errorOf('decision-amount')}
                htmlSize={14}
              />
              <Textarea
                id="decision-conditions"
                label={t('decisionConditions')}
                description={t('decisionConditionsHelp')}
                value={conditions}
                onChange={(e) => setConditions(e.target.value)}
                error={errorOf('decision-conditions')}
              />
            </>
          ) : null}
          {result === 'rejected' ? (
            <CheckboxGroup
              id="decision-reasons"
              legend={t('decisionReasons')}
              value={reasons}
              onChange={(value: RejectionReason[]) => setReasons(value)}
              error={errorOf('decision-reasons')}
            >
              {REASONS.map((r) => (
                <Checkbox key={r} value={r}>
                  {enumLabel(r, language)}
                </Checkbox>
              ))}
            </CheckboxGroup>
          ) : null}
          {result === 'rejected' ? (
            <ExplanationFields
              idPrefix="decision-reason"
              reasons={reasons}
              explanations={explanations}
              onChange={setExplanations}
              errorOf={errorOf}
            />
          ) : null}
          <Textarea
            id="decision-assessment"
            label={t('decisionAssessment')}
            description={t('decisionAssessmentHelp')}
            value={assessment}
            onChange={(e) => setAssessment(e.target.value)}
            error={errorOf('decision-assessment')}
          />
        </>
      )}
    </ActionForm>
  );
}

/** Each rejection reason's explanation for the Nav office, required: the letter says why (§ 9). */
function explanationErrors(
  t: ReturnType<typeof useT>,
  language: Language,
  reasons: readonly RejectionReason[],
  explanations: Explanations,
  idPrefix: string,
): FieldError[] {
  return reasons
    .filter((r) => !explanations[r]?.trim())
    .map((r) => ({
      id: `${idPrefix}-${r}`,
      label: t('letterExplanation', { reason: enumLabel(r, language) }),
      text: t('required'),
    }));
}

function ExplanationFields({
  idPrefix,
  reasons,
  explanations,
  onChange,
  errorOf,
}: {
  idPrefix: string;
  reasons: readonly RejectionReason[];
  explanations: Explanations;
  onChange: (explanations: Explanations) => void;
  errorOf: (id: string) => string | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  return reasons.map((r) => (
    <Textarea
      key={r}
      id={`${idPrefix}-${r}`}
      label={t('letterExplanation', { reason: enumLabel(r, language) })}
      description={t('letterExplanationHelp')}
      value={explanations[r] ?? ''}
      onChange={(e) => onChange({ ...explanations, [r]: e.target.value })}
      error={errorOf(`${idPrefix}-${r}`)}
    />
  ));
}

/** The letter's form: the same heading, § 9 note and outcome for a grant and a rejection. */
function LetterForm(
  props: Pick<Parameters<typeof ActionForm>[0], 'validate' | 'send' | 'fieldOf' | 'children'> & {
    applicationId: string;
  },
) {
  const t = useT();
  const done = useAfterAction();
  return (
    <ActionForm
      heading={t('letterIssueHeading')}
      intro={t('letterIssueIntro')}
      submitLabel={t('letterIssue')}
      validate={props.validate}
      send={props.send}
      onDone={() => done(props.applicationId, 'letter')}
      fieldOf={props.fieldOf}
    >
      {props.children}
    </ActionForm>
  );
}

function SignedByField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <TextField
      id="letter-signed-by"
      label={t('letterSignedBy')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

const signedByError = (t: ReturnType<typeof useT>, value: string): FieldError[] =>
  value.trim() ? [] : [{ id: 'letter-signed-by', label: t('letterSignedBy'), text: t('required') }];

function GrantLetterForm({ data, decision }: { data: CaseData; decision: Schemas['CaseDecision'] }) {
  const t = useT();
  const app = data.application;
  const [input, setInput] = useState(() => grantLetterDefaults(app, decision, caseworkerName(), now()));
  const [positions, setPositions] = useState(formatAmount(input.grantedPositions));
  const [competence, setCompetence] = useState(formatAmount(input.grantedCompetenceFunds));
  const dates = [
    ['letter-date', 'date', t('letterDate')],
    ['letter-from', 'from', t('letterPeriodFrom')],
    ['letter-to', 'to', t('letterPeriodTo')],
    ['letter-acceptance', 'acceptanceDeadline', t('letterAcceptanceDeadlineField')],
  ] as const;

  const validate = (): FieldError[] => [
    ...dates
      .filter(([, field]) => !isIsoDate(input[field]))
      .map(([id, , label]) => ({ id, label, text: t('required') })),
    ...(parseAmount(positions) === undefined
      ? [{ id: 'letter-positions', label: t('letterPositions'), text: t('amountInvalid') }]
      : []),
    ...(parseAmount(competence) === undefined
      ? [{ id: 'letter-competence', label: t('letterCompetence'), text: t('amountInvalid') }]
      : []),
    ...signedByError(t, input.signedBy),
  ];

  const send = () => {
    const grantedPositions = parseAmount(positions) ?? 0;
    const grantedCompetenceFunds = parseAmount(competence) ?? 0;
    return api.POST('/v1/applications/{applicationId}/letter', {
      params: { path: { applicationId: app.id } },
      body: grantLetterDocument(app, {
        ...input,
        grantedPositions,
        grantedCompetenceFunds,
        amount: grantedPositions + grantedCompetenceFunds,
      }),
    });
  };

  const fieldOf = (path: string): string | undefined =>
    ({
      '/date': 'letter-date',
      '/period/from': 'letter-from',
      '/period/to': 'letter-to',
      '/acceptance/deadline': 'letter-acceptance',
      '/grantedPositions': 'letter-positions',
      '/grantedCompetenceFunds': 'letter-competence',
      '/amount': 'letter-positions',
      '/signedBy': 'letter-signed-by',
    })[path];

  return (
    <LetterForm applicationId={app.id} validate={validate} send={send} fieldOf={fieldOf}>
      {(errorOf) => (
        <>
          <HStack gap="space-16">
            <TextField
              id="letter-positions"
              label={t('letterPositions')}
              inputMode="numeric"
              value={positions}
              onChange={(e) => setPositions(e.target.value)}
              error={errorOf('letter-positions')}
              htmlSize={14}
            />
            <TextField
              id="letter-competence"
              label={t('letterCompetence')}
              inputMode="numeric"
              value={competence}
              onChange={(e) => setCompetence(e.target.value)}
              error={errorOf('letter-competence')}
              htmlSize={14}
            />
          </HStack>
          <HStack gap="space-16">
            {dates.map(([id, field, label]) => (
              <DateField
                key={id}
                id={id}
                label={label}
                value={input[field]}
                onChange={(value) => setInput((current) => ({ ...current, [field]: value }))}
                error={errorOf(id)}
              />
            ))}
          </HStack>
          <Textarea
            id="letter-conditions"
            label={t('decisionConditions')}
            description={t('decisionConditionsHelp')}
            value={input.conditions.join('\n')}
            onChange={(e) => setInput({ ...input, conditions: lines(e.target.value) })}
          />
          <SignedByField
            value={input.signedBy}
            onChange={(signedBy) => setInput({ ...input, signedBy })}
            error={errorOf('letter-signed-by')}
          />
        </>
      )}
    </LetterForm>
  );
}

function RejectionLetterForm({ data, decision }: { data: CaseData; decision: Schemas['CaseDecision'] }) {
  const t = useT();
  const { language } = useLanguage();
  const app = data.application;
  const reasons = decision.outcome.result === 'rejected' ? decision.outcome.reasons : [];
  // What was written with the decision, to read through and send.
  const [explanations, setExplanations] = useState(() => decisionExplanations(decision));
  const [signedBy, setSignedBy] = useState(caseworkerName());

  const validate = (): FieldError[] => [
    ...explanationErrors(t, language, reasons, explanations, 'letter-reason'),
    ...signedByError(t, signedBy),
  ];

  const send = async () => {
    return api.POST('/v1/applications/{applicationId}/letter', {
      params: { path: { applicationId: app.id } },
      body: rejectionLetterDocument(app, osloDate(now()), signedBy, reasons, explanations),
    });
  };

  const fieldOf = (path: string) => {
    const index = /^\/reasons\/(\d+)/.exec(path)?.[1];
    if (index !== undefined) return `letter-reason-${reasons[Number(index)]}`;
    return path === '/signedBy' ? 'letter-signed-by' : undefined;
  };

  return (
    <LetterForm applicationId={app.id} validate={validate} send={send} fieldOf={fieldOf}>
      {(errorOf) => (
        <>
          <ExplanationFields
            idPrefix="letter-reason"
            reasons={reasons}
            explanations={explanations}
            onChange={setExplanations}
            errorOf={errorOf}
          />
          <SignedByField value={signedBy} onChange={setSignedBy} error={errorOf('letter-signed-by')} />
        </>
      )}
    </LetterForm>
  );
}

function PaymentForm({
  data,
  letter,
  acceptance,
}: {
  data: CaseData;
  letter: Schemas['GrantLetter'];
  acceptance: Schemas['Acceptance'];
}) {
  const t = useT();
  const { language } = useLanguage();
  const done = useAfterAction();
  const app = data.application;
  const [paidOn, setPaidOn] = useState(osloDate(now()));
  return (
    <ActionForm
      heading={t('paymentHeading')}
      intro={t('paymentIntro', {
        amount: formatNok(letter.amount, language),
        account: acceptance.accountNumber,
      })}
      submitLabel={t('paymentSubmit')}
      validate={() =>
        isIsoDate(paidOn) ? [] : [{ id: 'payment-date', label: t('paymentDate'), text: t('required') }]
      }
      send={() =>
        api.POST('/v1/applications/{applicationId}/payments', {
          params: { path: { applicationId: app.id } },
          body: paymentDocument(app, letter, acceptance, paidOn),
        })
      }
      onDone={() => done(app.id, 'payment')}
      fieldOf={(path) => (path === '/paidOn' ? 'payment-date' : undefined)}
    >
      {(errorOf) => (
        <DateField
          id="payment-date"
          label={t('paymentDate')}
          value={paidOn}
          onChange={setPaidOn}
          error={errorOf('payment-date')}
        />
      )}
    </ActionForm>
  );
}

function AssignButton({ data }: { data: CaseData }) {
  const t = useT();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  if (data.application.caseworker || data.application.state !== 'submitted') return null;
  return (
    <div>
      <Button
        variant="secondary"
        size="small"
        loading={busy}
        onClick={async () => {
          setBusy(true);
          await api.POST('/v1/applications/{applicationId}/assignment', {
            params: { path: { applicationId: data.application.id } },
            body: { caseworker: caseworkerName() },
          });
          await revalidator.revalidate();
          setBusy(false);
        }}
      >
        {t('assignToMe')}
      </Button>
    </div>
  );
}

/**
 * What the county office does next in the case, by its state and what the office has asked (§ 8, § 10); nothing
 * while a proposed decision or payment waits for approval, and nothing for the approver, who approves.
 */
function NextAction({ data }: { data: CountyCaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const { application, documents } = data;
  const decision = documents.decision?.document;
  const letter = documents.letter?.document;
  if (!handlesCase(data.application) || data.approvals.some((a) => a.state === 'proposed')) return null;
  if (application.state === 'submitted') return <DecisionForm data={data} />;
  if (decision && !letter) {
    const outcome =
      decision.outcome.result === 'granted'
        ? t('outcomeGranted', { amount: formatNok(decision.outcome.amount, language) })
        : t('outcomeRejected');
    return (
      <VStack gap="space-16">
        <BodyShort>
          {t('decisionRecorded', { outcome, date: formatDate(decision.decidedOn, language) })}
        </BodyShort>
        {application.state === 'granted' ? (
          <GrantLetterForm data={data} decision={decision} />
        ) : application.state === 'rejected' ? (
          <RejectionLetterForm data={data} decision={decision} />
        ) : null}
      </VStack>
    );
  }
  const acceptance = documents.acceptance?.document;
  if (application.state === 'accepted' && letter?.documentType === 'grant-letter' && acceptance)
    return <PaymentForm data={data} letter={letter} acceptance={acceptance} />;
  const undecided = documents.transferRequests.find((r) => !r.document.decision);
  if (undecided) return <TransferDecisionForm data={data} request={undecided} />;
  return null;
}

export function CountyCasePage() {
  const data = useLoaderData() as CountyCaseData;
  return (
    <VStack gap="space-40">
      <CaseHeader data={data} />
      <NotCheckedNotice data={data} />
      {handlesCase(data.application) ? <AssignButton data={data} /> : null}
      <AssessmentSummary application={data.application} latest={data.assessment} />
      <ProposalPanel data={data} approvals={data.approvals} />
      <NextAction data={data} />
      <CaseMessages data={data} writeAs={handlesCase(data.application) ? 'handler' : undefined} />
      <CaseDocuments data={data} />
      <CaseAttachments data={data} />
      <CaseAccounts data={data} />
      <CaseFacts data={data} />
      <ApplicationSummary application={data.application.document} />
      <CaseHistory events={data.history} />
    </VStack>
  );
}
