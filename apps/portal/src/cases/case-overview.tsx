import { Alert, BodyShort, Heading, HStack, VStack } from '@navikt/ds-react';
import { osloDate } from '@sosialtilskudd/domain';
import { callTitle } from '@sosialtilskudd/forms';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { BudgetChart } from '../charts/budget-chart.js';
import { formatDateTime } from '../i18n/format.js';
import { authorityName, formatOrganisationNumber } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import type { CaseData } from './case-data.js';
import { savedKindOf } from './case-data.js';
import { DocumentList } from './document-views.js';
import { FactList, FactsSection } from './facts.js';
import { LetterPanel } from './letter-panel.js';
import { PdfButton } from './pdf-button.js';
import { StateTag } from './state-tag.js';
import { ruleInWords } from './unchecked-rules.js';

/**
 * What the previous step just did («Brevet er utstedt»), until the person takes the next one: a click on a
 * button or a link, or a form sent, ends it, so no notice stays after it stops being news. It is taken out of
 * the history entry too, so a reload does not bring it back.
 */
function useSavedNotice() {
  const location = useLocation();
  const [saved, setSaved] = useState(() => savedKindOf(location.state));
  const [key, setKey] = useState(location.key);
  if (key !== location.key) {
    setKey(location.key);
    setSaved(savedKindOf(location.state));
  }
  useEffect(() => {
    if (!saved) return;
    const { usr: _, ...rest } = (window.history.state ?? {}) as { usr?: unknown };
    window.history.replaceState(rest, '');
    const end = (event: Event) => {
      const target = event.target as Element | null;
      if (event.type === 'submit' || target?.closest('button, a')) setSaved(undefined);
    };
    document.addEventListener('click', end, true);
    document.addEventListener('submit', end, true);
    return () => {
      document.removeEventListener('click', end, true);
      document.removeEventListener('submit', end, true);
    };
  }, [saved]);
  return saved;
}

/** The heading, the state, and what the previous page just did. */
export function CaseHeader({ data }: { data: CaseData }) {
  const t = useT();
  const saved = useSavedNotice();
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

/**
 * Rules the submitted version could not be judged by, for lack of history the server does not hold, for the
 * caseworker to judge before deciding: named in words, and gone once the case is decided.
 */
export function NotCheckedNotice({ data }: { data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const { notChecked, state } = data.application;
  const rules = notChecked.flatMap((code) => {
    const words = ruleInWords(code, language);
    return words ? [{ code, words }] : [];
  });
  if (state !== 'submitted' || rules.length === 0) return null;
  return (
    <Alert variant="warning">
      <Heading size="small" level="2" spacing>
        {t('notCheckedHeading')}
      </Heading>
      <BodyShort spacing>{t('notCheckedIntro')}</BodyShort>
      <ul>
        {rules.map((rule) => (
          <li key={rule.code}>{rule.words}</li>
        ))}
      </ul>
    </Alert>
  );
}

export function CaseFacts({ data }: { data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const { application } = data;
  const day = osloDate(application.submittedAt ?? application.updatedAt);
  const items = [
    {
      label: t('caseApplicant'),
      value: `${application.document.applicant.name} (${formatOrganisationNumber(application.organisationNumber)})`,
    },
    { label: t('colCaseNumber'), value: application.caseNumber ?? '–' },
    { label: t('caseCall'), value: callTitle(application.callId, language) ?? '–' },
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
      {application.caseNumber ? <PdfButton kind="application" applicationId={application.id} /> : null}
    </FactsSection>
  );
}

/** The letter (with its PDF), and every document the case has after it, each readable in full. */
export function CaseDocuments({ data }: { data: CaseData }) {
  const { documents, application } = data;
  return (
    <>
      {documents.letter ? <LetterPanel applicationId={application.id} letter={documents.letter} /> : null}
      <DocumentList documents={documents} />
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
