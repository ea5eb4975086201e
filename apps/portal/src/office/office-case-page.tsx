import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { now } from '../app/clock.js';
import { OFFICE_ROLES, requireSession, writesDrafts } from '../auth/guard.js';
import { ApplicationSummary } from '../cases/application-summary.js';
import { type CaseData, loadCase } from '../cases/case-data.js';
import { CaseMessages } from '../cases/case-messages.js';
import { CaseAccounts, CaseDocuments, CaseFacts, CaseHeader } from '../cases/case-overview.js';
import { type Language, useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { canRequestTransfer, isAvailable } from './follow-up-documents.js';
import { reportNote } from './report-notes.js';

type Step = { key: TextKey; to: string };

export async function officeCaseLoader({ request, params }: LoaderFunctionArgs): Promise<CaseData> {
  requireSession(request, OFFICE_ROLES);
  return loadCase(params.applicationId ?? '');
}

const REPORTS = [
  { type: 'status-report', key: 'writeStatusReport', path: 'statusrapport' },
  { type: 'final-report', key: 'writeFinalReport', path: 'sluttrapport' },
] as const;

/**
 * What the Nav office can do next in the case, by its state, what it has reported and what is due now (§ 10,
 * § 11), and why a report is not offered yet (or any more).
 */
function nextSteps(data: CaseData, now: Date, language: Language): { steps: Step[]; notes: string[] } {
  const id = data.application.id;
  const reports = REPORTS.filter((r) => isAvailable(r.type, data, now)).map((r) => ({
    key: r.key,
    to: `/kontor/sak/${id}/${r.path}`,
  }));
  const notes = ['paid', 'reported'].includes(data.application.state)
    ? REPORTS.flatMap((r) => reportNote(r.type, data, now, language) ?? [])
    : [];
  switch (data.application.state) {
    case 'draft':
      return { steps: [{ key: 'continueDraft', to: `/kontor/soknad/${id}` }], notes };
    case 'granted':
      return { steps: [{ key: 'acceptGrant', to: `/kontor/sak/${id}/bekreftelse` }], notes };
    case 'paid':
    case 'reported':
      return {
        steps: [
          ...(canRequestTransfer(data)
            ? [{ key: 'requestTransfer' as const, to: `/kontor/sak/${id}/overforing` }]
            : []),
          ...reports,
        ],
        notes,
      };
    default:
      return { steps: [], notes };
  }
}

export function OfficeCasePage() {
  const data = useLoaderData() as CaseData;
  const t = useT();
  const { language } = useLanguage();
  const drafter = writesDrafts();
  // The chief executive reads the case; the office's staff and head write its drafts, reports and messages.
  const { steps, notes } = drafter ? nextSteps(data, now(), language) : { steps: [], notes: [] };
  return (
    <VStack gap="space-40">
      <CaseHeader data={data} />
      <section aria-labelledby="next-heading">
        <Heading level="2" size="medium" spacing id="next-heading">
          {t('caseNextSteps')}
        </Heading>
        {notes.map((note) => (
          <BodyShort key={note} spacing>
            {note}
          </BodyShort>
        ))}
        {steps.length === 0 ? (
          notes.length === 0 ? (
            <BodyShort>{t('caseNoSteps')}</BodyShort>
          ) : null
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
      <CaseMessages data={data} writeAs={drafter ? 'applicant' : undefined} />
      <CaseDocuments data={data} />
      <CaseAccounts data={data} />
      <CaseFacts data={data} />
      <ApplicationSummary application={data.application.document} />
    </VStack>
  );
}
