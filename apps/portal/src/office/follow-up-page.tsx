import { Alert, BodyLong, VStack } from '@navikt/ds-react';
import { findCall } from '@sosialtilskudd/domain';
import { DocumentForm } from '@sosialtilskudd/forms';
import { useState } from 'react';
import { useLoaderData, useNavigate } from 'react-router';
import { PageHeading, usePageTitle } from '../a11y/page-heading.js';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { api } from '../api/client.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { currentSession } from '../api/session.js';
import { now } from '../app/clock.js';
import { AttachmentUploader, referencedFiles } from '../attachments/attachment-uploader.js';
import { withReferences } from '../attachments/references.js';
import type { Attachment } from '../attachments/transfer.js';
import type { CaseData } from '../cases/case-data.js';
import { BudgetChart } from '../charts/budget-chart.js';
import { LocalDraftNotices } from '../drafts/local-draft-notices.js';
import { draftKey } from '../drafts/local-store.js';
import { useLocalDraft } from '../drafts/use-local-draft.js';
import { formatDate } from '../i18n/format.js';
import { stateLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import {
  type DraftDocument,
  type FollowUpType,
  initialDocument,
  isAvailable,
  ruleContext,
} from './follow-up-documents.js';
import { reportNote } from './report-notes.js';

const TITLES = {
  acceptance: 'acceptanceTitle',
  'status-report': 'statusReportTitle',
  'final-report': 'finalReportTitle',
  'transfer-request': 'transferTitle',
} as const;

/** Sends the document to the case's endpoint for its type. */
function send(type: FollowUpType, applicationId: string, body: unknown) {
  const path = { params: { path: { applicationId } } };
  if (type === 'acceptance')
    return api.POST('/v1/applications/{applicationId}/acceptance', { ...path, body: body as never });
  if (type === 'status-report')
    return api.POST('/v1/applications/{applicationId}/status-reports', { ...path, body: body as never });
  if (type === 'transfer-request')
    return api.POST('/v1/applications/{applicationId}/transfer-requests', { ...path, body: body as never });
  return api.POST('/v1/applications/{applicationId}/final-report', { ...path, body: body as never });
}

interface AccountsView {
  lines?: { budgetLineId?: string; label?: string; budgeted?: number; actual?: number }[];
}

/** The accounts in the document as it is being typed, wherever the type keeps them. */
function accountsOf(type: FollowUpType, document: DraftDocument): AccountsView | undefined {
  if (type === 'status-report') return (document.report as { accounts?: AccountsView } | undefined)?.accounts;
  if (type === 'final-report') return document.accounts as AccountsView | undefined;
  return undefined;
}

/**
 * Bekreftelse, statusrapport, sluttrapport or overføring for a case: the form from @sosialtilskudd/forms, kept
 * while typed.
 */
export function FollowUpPage({ type }: { type: FollowUpType }) {
  const data = useLoaderData() as CaseData;
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const title = t(TITLES[type]);
  usePageTitle(`${title}: ${data.application.document.measure.name}`);
  const key = draftKey(currentSession()?.principal.sub ?? '', `${type}.${data.application.id}`);
  const draft = useLocalDraft(key, initialDocument(type, data, now()));
  const [document, setDocument] = useState<DraftDocument>(draft.formData as DraftDocument);
  const [problem, setProblem] = useState<ShownProblem>();
  const [sending, setSending] = useState(false);
  const call = findCall(data.application.callId);
  // Seed 003: a report's accounts may carry documentation. Files not yet sent with a report are this one's.
  const filesFor = type === 'status-report' || type === 'final-report' ? type : undefined;
  const [files, setFiles] = useState<readonly Attachment[]>(() =>
    data.attachments.filter((a) => a.documentType === filesFor && !a.locked),
  );

  if (!isAvailable(type, data, now()))
    return (
      <VStack gap="space-16">
        <PageHeading title={title}>{title}</PageHeading>
        <Alert variant="info">
          {reportNote(type, data, now(), language) ??
            t('formNotAvailable', { state: stateLabel(data.application.state, language) })}
        </Alert>
      </VStack>
    );

  async function submit(body: unknown) {
    setSending(true);
    setProblem(undefined);
    try {
      await send(
        type,
        data.application.id,
        filesFor ? withReferences(body, filesFor, referencedFiles(files)) : body,
      );
      draft.clear();
      navigate(`/kontor/sak/${data.application.id}`, { state: { saved: type } });
    } catch (error) {
      setProblem(toShownProblem(error, language));
      setSending(false);
    }
  }

  const intro =
    type === 'acceptance'
      ? t('acceptanceIntro')
      : type === 'status-report'
        ? t('statusReportIntro', {
            year: String(document.reportingYear ?? ''),
            date: call?.reportingDeadline ? formatDate(call.reportingDeadline.date, language) : '–',
          })
        : type === 'transfer-request'
          ? t('transferIntro', { year: String(document.fromYear ?? '') })
          : t('finalReportIntro');
  const accounts = accountsOf(type, document);
  return (
    <VStack gap="space-24">
      <BodyLong>
        <strong>{data.application.document.measure.name}</strong> ({data.application.caseNumber}). {intro}
      </BodyLong>
      <LocalDraftNotices draft={draft} />
      {problem && problem.issues.length === 0 ? <ProblemSummary problem={problem} /> : null}
      {sending ? <Alert variant="info">{t('submitting')}</Alert> : null}
      <DocumentForm
        documentType={type}
        formData={draft.formData}
        language={language}
        context={ruleContext(type, data)}
        serverIssues={problem?.ruleIssues}
        onChange={(change) => {
          draft.keep(change.formData);
          setDocument(change.document as DraftDocument);
        }}
        onSubmit={(body) => void submit(body)}
      />
      {filesFor && accounts ? (
        <AttachmentUploader
          applicationId={data.application.id}
          documentType={filesFor}
          initial={files}
          onFilesChange={async (next) => {
            // Sent with the report: nothing to save until then.
            setFiles(next);
            return true;
          }}
        />
      ) : null}
      {accounts?.lines?.length ? (
        <section aria-labelledby="live-chart-heading" className="panel">
          <h2 id="live-chart-heading" className="aksel-heading aksel-heading--medium">
            {t('liveChartHeading')}
          </h2>
          <BudgetChart
            heading={t('chartTitle')}
            lines={accounts.lines.map((l, i) => ({
              // A line just added has no id yet: its place in the table stands in.
              id: l.budgetLineId || `ny-linje-${i}`,
              label: l.label ?? '',
              budgeted: l.budgeted ?? 0,
              actual: typeof l.actual === 'number' ? l.actual : null,
            }))}
          />
        </section>
      ) : null}
    </VStack>
  );
}

export const AcceptancePage = () => <FollowUpPage type="acceptance" />;
export const StatusReportPage = () => <FollowUpPage type="status-report" />;
export const FinalReportPage = () => <FollowUpPage type="final-report" />;
export const TransferRequestPage = () => <FollowUpPage type="transfer-request" />;
