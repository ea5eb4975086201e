import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { currentSession } from '../api/session.js';
import { now } from '../app/clock.js';
import { OFFICE_ROLES, requireSession, writesDrafts } from '../auth/guard.js';
import { ApplicationSummary } from '../cases/application-summary.js';
import { CaseAttachments } from '../cases/case-attachments.js';
import { type CaseData, loadCase } from '../cases/case-data.js';
import { CaseMessages } from '../cases/case-messages.js';
import { CaseAccounts, CaseDocuments, CaseFacts, CaseHeader } from '../cases/case-overview.js';
import { DraftRevisions } from '../drafts/draft-revisions.js';
import type { ChangedFields } from '../drafts/revision-words.js';
import { type Language, useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { canRequestTransfer, isAvailable } from './follow-up-documents.js';
import { reportNote } from './report-notes.js';
import { SigningPanel } from './signing-panel.js';

type Step = { key: TextKey; to: string };

interface OfficeCaseData extends CaseData {
  /** A draft's changed fields in words. */
  changes: ChangedFields;
}

export async function officeCaseLoader({ request, params }: LoaderFunctionArgs): Promise<OfficeCaseData> {
  requireSession(request, OFFICE_ROLES);
  const data = await loadCase(params.applicationId ?? '');
  // Named by the form's labels: the forms package is fetched only for a draft that has changes to show.
  const changes =
    data.revisions.length > 0
      ? await (await import('../drafts/revision-words.js')).describeChanges(data.revisions, data.application)
      : {};
  return { ...data, changes };
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
  const role = currentSession()?.principal.role;
  const drafts = writesDrafts();
  const none = { steps: [], notes: [] };
  if (!drafts && role !== 'municipal-executive') return none;
  const reports = REPORTS.filter((r) => isAvailable(r.type, data, now)).map((r) => ({
    key: r.key,
    to: `/kontor/sak/${id}/${r.path}`,
  }));
  const notes =
    drafts && ['paid', 'reported'].includes(data.application.state)
      ? REPORTS.flatMap((r) => reportNote(r.type, data, now, language) ?? [])
      : [];
  switch (data.application.state) {
    case 'draft':
      // Locked while it is out for signing: the signing panel says what happens next.
      return data.application.signing.state === 'editing' && drafts
        ? { steps: [{ key: 'continueDraft', to: `/kontor/soknad/${id}` }], notes }
        : none;
    case 'granted':
      // § 10: returned by the one with the municipality's authority.
      return role === 'municipal-executive'
        ? { steps: [{ key: 'acceptGrant', to: `/kontor/sak/${id}/bekreftelse` }], notes }
        : none;
    case 'paid':
    case 'reported':
      if (!drafts) return none;
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
  const data = useLoaderData() as OfficeCaseData;
  const t = useT();
  const { language } = useLanguage();
  // The chief executive reads, signs and accepts; the office's staff and head write drafts, reports and messages.
  const drafter = writesDrafts();
  const { steps, notes } = nextSteps(data, now(), language);
  return (
    <VStack gap="space-40">
      <CaseHeader data={data} />
      {data.application.state === 'draft' ? <SigningPanel application={data.application} /> : null}
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
      <DraftRevisions revisions={data.revisions} changes={data.changes} />
      <CaseDocuments data={data} />
      <CaseAttachments data={data} />
      <CaseAccounts data={data} />
      <CaseFacts data={data} />
      <ApplicationSummary application={data.application.document} />
    </VStack>
  );
}
