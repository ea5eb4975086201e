import { Alert, BodyShort, Heading, HStack, VStack } from '@navikt/ds-react';
import { findCall, osloDate, ruleCatalogue } from '@sosialtilskudd/domain';
import { useLocation } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { BudgetChart } from '../charts/budget-chart.js';
import { formatDate, formatDateTime, formatNok } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import type { CaseData } from './case-data.js';
import { savedKindOf } from './case-data.js';
import { FactList, FactsSection } from './facts.js';
import { LetterPanel } from './letter-panel.js';
import { StateTag } from './state-tag.js';

/** The heading, the state, and what the previous page just did. */
export function CaseHeader({ data }: { data: CaseData }) {
  const t = useT();
  const location = useLocation();
  const saved = savedKindOf(location.state);
  const { application } = data;
  return (
    <VStack gap="space-12">
      <PageHeading title={application.document.measure.name}>{application.document.measure.name}</PageHeading>
      <HStack gap="space-8" align="center">
        <BodyShort>{t('colState')}:</BodyShort>
        <StateTag state={application.state} />
      </HStack>
      <div role="status">
        {saved ? <Alert variant="success">{t(`savedMessage_${saved}` as TextKey)}</Alert> : null}
      </div>
    </VStack>
  );
}

const RULE_SUMMARIES = new Map(ruleCatalogue().map((r) => [r.code, `${r.summary} (${r.source})`]));

/** Rules the submitted version could not be judged by, for lack of history the server does not hold. */
export function NotCheckedNotice({ data }: { data: CaseData }) {
  const t = useT();
  const { notChecked } = data.application;
  if (notChecked.length === 0) return null;
  return (
    <Alert variant="warning">
      <Heading size="small" level="2" spacing>
        {t('notCheckedHeading')}
      </Heading>
      <BodyShort spacing>{t('notCheckedIntro')}</BodyShort>
      <ul>
        {notChecked.map((code) => (
          <li key={code}>{RULE_SUMMARIES.get(code)}</li>
        ))}
      </ul>
    </Alert>
  );
}

export function CaseFacts({ data }: { data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const { application } = data;
  const call = findCall(application.callId);
  const day = osloDate(application.submittedAt ?? application.updatedAt);
  const items = [
    {
      label: t('caseApplicant'),
      value: `${application.document.applicant.name} (${application.organisationNumber})`,
    },
    { label: t('colCaseNumber'), value: application.caseNumber ?? '–' },
    { label: t('caseCall'), value: call?.title ?? application.callId },
    { label: t('caseAuthority'), value: authorityName(application.authority, day, language) },
    {
      label: t('colSubmitted'),
      value: application.submittedAt ? formatDateTime(application.submittedAt, language) : '–',
    },
    { label: t('caseCaseworker'), value: application.caseworker ?? t('notSet') },
  ];
  return (
    <FactsSection heading={t('caseFacts')}>
      <FactList items={items} />
    </FactsSection>
  );
}

/** The case's documents after the decision: letter (with its PDF), acceptance, payments, reports, transfers. */
export function CaseDocuments({ data }: { data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const { documents, application } = data;
  const lines = [
    ...(documents.acceptance
      ? [t('docAcceptance', { date: formatDate(documents.acceptance.document.signature.signedOn, language) })]
      : []),
    ...documents.payments.map((p) =>
      t('docPayment', {
        amount: formatNok(p.document.amount, language),
        date: formatDate(p.document.paidOn, language),
      }),
    ),
    ...documents.statusReports.map((r) => t('docStatusReport', { year: r.document.reportingYear })),
    ...documents.transferRequests.map(({ document: r }) =>
      r.decision
        ? t(r.decision.approved ? 'docTransferApproved' : 'docTransferRejected', {
            year: r.fromYear,
            amount: formatNok(r.amount, language),
            approved: formatNok(r.decision.approvedAmount, language),
          })
        : t('docTransferPending', { year: r.fromYear, amount: formatNok(r.amount, language) }),
    ),
    ...(documents.finalReport ? [t('docFinalReport')] : []),
  ];
  return (
    <>
      {documents.letter ? <LetterPanel applicationId={application.id} letter={documents.letter} /> : null}
      {lines.length > 0 ? (
        <section aria-labelledby="documents-heading">
          <Heading level="2" size="medium" spacing id="documents-heading">
            {t('documentsHeading')}
          </Heading>
          <ul className="plain-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Budget against accounts for each year of the measure (§ 11), as a chart with a table. */
export function CaseAccounts({ data }: { data: CaseData }) {
  const t = useT();
  const reported = data.accounts.years.filter((y) => y.reportedIn !== null);
  if (!['paid', 'reported', 'final-reported', 'closed', 'repayment-claimed'].includes(data.application.state))
    return null;
  return (
    <section aria-labelledby="accounts-heading">
      <Heading level="2" size="medium" spacing id="accounts-heading">
        {t('accountsHeading')}
      </Heading>
      {reported.length === 0 ? <BodyShort>{t('accountsNone')}</BodyShort> : null}
      <VStack gap="space-32">
        {reported.map((year) => (
          <BudgetChart
            key={year.applicationId}
            heading={t('accountsYear', { year: year.year })}
            lines={year.lines.map((l) => ({
              id: l.budgetLineId,
              label: l.label,
              budgeted: l.budgeted,
              actual: l.actual,
            }))}
          />
        ))}
      </VStack>
    </section>
  );
}
