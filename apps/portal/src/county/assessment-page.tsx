import { Link as AkselLink, Alert, BodyLong, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { budgetTotals } from '@sosialtilskudd/domain';
import { DocumentForm } from '@sosialtilskudd/forms';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { PageHeading, usePageTitle } from '../a11y/page-heading.js';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { api } from '../api/client.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { currentSession } from '../api/session.js';
import { now } from '../app/clock.js';
import { HANDLER_ROLES, requireSession } from '../auth/guard.js';
import { LocalDraftNotices } from '../drafts/local-draft-notices.js';
import { draftKey } from '../drafts/local-store.js';
import { useLocalDraft } from '../drafts/use-local-draft.js';
import { formatNok } from '../i18n/format.js';
import { stateLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { useAfterAction } from './after-action.js';
import { initialAssessment } from './assessment-document.js';
import { caseworkerName, handlesCase } from './caseworker.js';

interface AssessmentData {
  application: Schemas['ApplicationCase'];
  /** The case's assessments, newest first. */
  history: Schemas['AssessmentRecord'][];
}

export async function assessmentLoader({ request, params }: LoaderFunctionArgs): Promise<AssessmentData> {
  requireSession(request, HANDLER_ROLES);
  const path = { params: { path: { applicationId: params.applicationId ?? '' } } };
  const [application, history] = await Promise.all([
    api.GET('/v1/applications/{applicationId}', path),
    api.GET('/v1/applications/{applicationId}/assessments', path),
  ]);
  return { application, history: history.items };
}

/** The form, while the case can be assessed: kept in this browser until saved, the API's refusals at their fields. */
function AssessmentForm({ application, history }: AssessmentData) {
  const t = useT();
  const { language } = useLanguage();
  const done = useAfterAction();
  const key = draftKey(currentSession()?.principal.sub ?? '', `assessment.${application.id}`);
  const draft = useLocalDraft(key, initialAssessment(application, history, caseworkerName(), now()));
  const [problem, setProblem] = useState<ShownProblem>();
  const [sending, setSending] = useState(false);

  async function save(body: unknown) {
    setSending(true);
    setProblem(undefined);
    try {
      await api.POST('/v1/applications/{applicationId}/assessments', {
        params: { path: { applicationId: application.id } },
        body: body as Schemas['Assessment'],
      });
      draft.clear();
      done(application.id, 'assessment');
    } catch (error) {
      setProblem(toShownProblem(error, language));
      setSending(false);
    }
  }

  return (
    <>
      <LocalDraftNotices draft={draft} keptText="assessmentKeptHere" />
      {problem && problem.issues.length === 0 ? <ProblemSummary problem={problem} /> : null}
      {sending ? <Alert variant="info">{t('submitting')}</Alert> : null}
      <DocumentForm
        documentType="assessment"
        callId={application.callId}
        formData={draft.formData}
        language={language}
        context={{ application: application.document }}
        serverIssues={problem?.ruleIssues}
        submitLabel={t('assessmentSubmit')}
        onChange={(change) => draft.keep(change.formData)}
        onSubmit={(body) => void save(body)}
      />
    </>
  );
}

/**
 * Vurdering (issue 17): the county office's structured assessment of an application, the form generated from
 * the contract by @sosialtilskudd/forms, the domain's assessment rules judged live and by the API on save.
 */
export function AssessmentPage() {
  const data = useLoaderData() as AssessmentData;
  const t = useT();
  const { language } = useLanguage();
  const { application } = data;
  const title = t('assessmentTitle');
  usePageTitle(`${title}: ${application.document.measure.name}`);
  const refusal = !handlesCase(application)
    ? t('assessmentNotHandler')
    : application.state !== 'submitted'
      ? t('assessmentClosed', { state: stateLabel(application.state, language).toLowerCase() })
      : undefined;
  const back = (
    <AkselLink as={Link} to={`/saker/${application.id}`}>
      {application.document.measure.name} ({application.caseNumber})
    </AkselLink>
  );
  if (refusal)
    return (
      <VStack gap="space-16">
        <PageHeading title={title}>{title}</PageHeading>
        <Alert variant="info">{refusal}</Alert>
        <BodyLong>{back}</BodyLong>
      </VStack>
    );
  const requested = budgetTotals(application.document.budget).requestedGrant;
  return (
    <VStack gap="space-24">
      <BodyLong>
        {back}. {t('assessmentIntro', { amount: formatNok(requested, language) })}
      </BodyLong>
      <AssessmentForm {...data} />
    </VStack>
  );
}
