import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { OFFICE_ROLES, requireSession } from '../auth/guard.js';
import { ApplicationSummary } from '../cases/application-summary.js';
import { type CaseData, loadCase } from '../cases/case-data.js';
import { CaseMessages } from '../cases/case-messages.js';
import { CaseAccounts, CaseDocuments, CaseFacts, CaseHeader } from '../cases/case-overview.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { canRequestTransfer } from './follow-up-documents.js';

export async function officeCaseLoader({ request, params }: LoaderFunctionArgs): Promise<CaseData> {
  requireSession(request, OFFICE_ROLES);
  return loadCase(params.applicationId ?? '');
}

/** What the Nav office can do next in the case, by its state and what it has reported (§ 10, § 11). */
function nextSteps(data: CaseData): { key: TextKey; to: string }[] {
  const id = data.application.id;
  switch (data.application.state) {
    case 'draft':
      return [{ key: 'continueDraft', to: `/kontor/soknad/${id}` }];
    case 'granted':
      return [{ key: 'acceptGrant', to: `/kontor/sak/${id}/bekreftelse` }];
    case 'paid':
      return [
        { key: 'writeStatusReport', to: `/kontor/sak/${id}/statusrapport` },
        { key: 'writeFinalReport', to: `/kontor/sak/${id}/sluttrapport` },
      ];
    case 'reported':
      return [
        ...(canRequestTransfer(data)
          ? [{ key: 'requestTransfer' as const, to: `/kontor/sak/${id}/overforing` }]
          : []),
        { key: 'writeFinalReport', to: `/kontor/sak/${id}/sluttrapport` },
      ];
    default:
      return [];
  }
}

export function OfficeCasePage() {
  const data = useLoaderData() as CaseData;
  const t = useT();
  const steps = nextSteps(data);
  return (
    <VStack gap="space-40">
      <CaseHeader data={data} />
      <section aria-labelledby="next-heading">
        <Heading level="2" size="medium" spacing id="next-heading">
          {t('caseNextSteps')}
        </Heading>
        {steps.length === 0 ? (
          <BodyShort>{t('caseNoSteps')}</BodyShort>
        ) : (
          <HStack gap="space-16">
            {steps.map((step, i) => (
              <Button key={step.key} as={Link} to={step.to} variant={i === 0 ? 'primary' : 'secondary'}>
                {t(step.key)}
              </Button>
            ))}
          </HStack>
        )}
      </section>
      <CaseMessages data={data} writeAs="applicant" />
      <CaseDocuments data={data} />
      <CaseAccounts data={data} />
      <CaseFacts data={data} />
      <ApplicationSummary application={data.application.document} />
    </VStack>
  );
}
