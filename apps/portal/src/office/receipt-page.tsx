import { Link as AkselLink, Alert, BodyLong, Button, HStack, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { budgetTotals, osloDate } from '@sosialtilskudd/domain';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import { OFFICE_ROLES, requireSession } from '../auth/guard.js';
import { FactList, FactsSection } from '../cases/facts.js';
import { PdfButton } from '../cases/pdf-button.js';
import { formatDateTime, formatNok } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';

type ApplicationCase = Schemas['ApplicationCase'];

export async function receiptLoader({ request, params }: LoaderFunctionArgs): Promise<ApplicationCase> {
  requireSession(request, OFFICE_ROLES);
  return api.GET('/v1/applications/{applicationId}', {
    params: { path: { applicationId: params.applicationId ?? '' } },
  });
}

/** Kvittering: the case number and time the county office received the application, to keep and to quote. */
export function ReceiptPage() {
  const application = useLoaderData() as ApplicationCase;
  const t = useT();
  const { language } = useLanguage();
  if (!application.submittedAt)
    return (
      <VStack gap="space-16">
        <PageHeading title={t('receiptTitle')}>{t('receiptTitle')}</PageHeading>
        <Alert variant="warning">{t('receiptNotSubmitted')}</Alert>
        <AkselLink as={Link} to={`/kontor/soknad/${application.id}`}>
          {t('continueDraft')}
        </AkselLink>
      </VStack>
    );
  const doc = application.document;
  const items = [
    { label: t('receiptCaseNumber'), value: application.caseNumber ?? '–' },
    { label: t('receiptSubmittedAt'), value: formatDateTime(application.submittedAt, language) },
    {
      label: t('receiptAddressee'),
      value: authorityName(application.authority, osloDate(application.submittedAt), language),
    },
    { label: t('receiptMeasure'), value: doc.measure.name },
    { label: t('receiptRequested'), value: formatNok(budgetTotals(doc.budget).requestedGrant, language) },
  ];
  return (
    <VStack gap="space-24" className="narrow">
      <PageHeading title={t('receiptTitle')}>{t('receiptTitle')}</PageHeading>
      <Alert variant="success">{t('receiptSent')}</Alert>
      <FactsSection heading={doc.applicant.name}>
        <FactList items={items} />
      </FactsSection>
      <BodyLong>{t('receiptNext')}</BodyLong>
      <PdfButton kind="application" applicationId={application.id} />
      <HStack gap="space-16" className="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('receiptPrint')}
        </Button>
        <Button as={Link} to={`/kontor/sak/${application.id}`} variant="tertiary">
          {t('openCase')}
        </Button>
        <Button as={Link} to="/kontor" variant="tertiary">
          {t('backToOverview')}
        </Button>
      </HStack>
    </VStack>
  );
}
