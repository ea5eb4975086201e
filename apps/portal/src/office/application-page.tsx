import { Alert, BodyLong, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { type Call, findCall, validateDocument } from '@sosialtilskudd/domain';
import { DocumentForm, formSchema, loadForm, toDocument } from '@sosialtilskudd/forms';
import { useRef, useState } from 'react';
import { type LoaderFunctionArgs, redirect, useLoaderData, useNavigate } from 'react-router';
import { usePageTitle } from '../a11y/page-heading.js';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { api } from '../api/client.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { AttachmentUploader, referencedFiles } from '../attachments/attachment-uploader.js';
import { withReferences } from '../attachments/references.js';
import type { Attachment } from '../attachments/transfer.js';
import { DRAFTER_ROLES, requireSession } from '../auth/guard.js';
import { ConflictDetails } from '../drafts/conflict-details.js';
import type { SavedDraft } from '../drafts/draft-sync.js';
import { draftKey, removeLocalDraft } from '../drafts/local-store.js';
import { SaveStatus } from '../drafts/save-status.js';
import { useDraftSync } from '../drafts/use-draft-sync.js';
import { useStepMemory } from '../drafts/use-step-memory.js';
import { formatDate } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { type ApplicationDraft, newApplication } from './new-application.js';
import {
  invalidSigners,
  NO_ADDRESSES,
  notifyOf,
  type SignerAddresses,
  SignerNotices,
  signerFieldOf,
} from './signer-notices.js';

type Application = Schemas['Application'];

interface ApplicationPageData {
  /** The server's draft; null for a new application the API has not seen yet. */
  draft: Schemas['ApplicationCase'] | null;
  call: Call;
  /** What the form starts from: the server's draft or a prefilled new application. */
  initial: ApplicationDraft;
  prefilled: boolean;
  userSub: string;
  /** The draft's files, with their scan state. */
  attachments: Attachment[];
}

const NEW = 'ny';

export async function applicationPageLoader({
  request,
  params,
}: LoaderFunctionArgs): Promise<ApplicationPageData> {
  const session = requireSession(request, DRAFTER_ROLES);
  const userSub = session.principal.sub;
  if (params.applicationId === NEW) {
    const call = findCall(new URL(request.url).searchParams.get('utlysning') ?? '');
    if (!call) throw new Response('NOT_FOUND', { status: 404 });
    const [{ application, prefilled }] = await Promise.all([
      newApplication(session.principal, call),
      loadForm('application', call.id), // the editor reads the call's schema before the form renders
    ]);
    return { draft: null, call, initial: application, prefilled, userSub, attachments: [] };
  }
  const path = { params: { path: { applicationId: params.applicationId ?? '' } } };
  const [draft, files] = await Promise.all([
    api.GET('/v1/applications/{applicationId}', path),
    api.GET('/v1/applications/{applicationId}/attachments', path),
  ]);
  // Sent for signing, the draft is locked: the case page shows the sign-off.
  if (draft.state !== 'draft' || draft.signing.state !== 'editing') throw redirect(`/kontor/sak/${draft.id}`);
  const call = findCall(draft.callId);
  if (!call) throw new Response('NOT_FOUND', { status: 404 });
  await loadForm('application', call.id);
  const attachments = files.items.filter((f) => f.documentType === 'application');
  return { draft, call, initial: draft.document, prefilled: false, userSub, attachments };
}

/** Whether the API would store the document as a draft: it must follow the schema (rules wait for submission). */
const followsSchema = (document: unknown) =>
  validateDocument(document, { type: 'application' }).value !== undefined;

async function saveDraft(document: unknown, id: string | null, etag: string | null): Promise<SavedDraft> {
  const body = document as Application;
  const saved =
    id === null
      ? await api.POST('/v1/applications', { body })
      : await api.PUT('/v1/applications/{applicationId}', {
          params: { path: { applicationId: id }, header: { 'If-Match': etag ?? '*' } },
          body,
        });
  return { id: saved.id, etag: saved.etag, updatedAt: saved.updatedAt };
}

const scopeOf = (data: ApplicationPageData) => (data.draft ? data.draft.id : `${NEW}.${data.call.id}`);

/** The application, step by step, saved as it is typed. A reloaded draft (new id or ETag) gets a fresh editor. */
export function ApplicationPage() {
  const data = useLoaderData() as ApplicationPageData;
  return <ApplicationEditor key={`${scopeOf(data)} ${data.draft?.etag ?? ''}`} data={data} />;
}

function ApplicationEditor({ data }: { data: ApplicationPageData }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const schema = formSchema('application', data.call.id);
  const key = draftKey(data.userSub, scopeOf(data));
  // Refs, not state: the draft's callbacks are made once and must see the latest values.
  const draftId = useRef(data.draft?.id ?? null);
  // The uploader needs the id to upload to, so a draft the API has just created shows it.
  const [uploadTo, setUploadTo] = useState(data.draft?.id ?? null);
  const steps = useStepMemory(data.userSub, scopeOf(data));
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();
  const [signers, setSigners] = useState<SignerAddresses>(NO_ADDRESSES);
  const [invalid, setInvalid] = useState<ReturnType<typeof invalidSigners>>([]);
  const signerIssues = problem?.issues.filter((i) => i.path.startsWith('/notify')) ?? [];

  const { sync, state } = useDraftSync({
    key,
    serverId: data.draft?.id ?? null,
    serverEtag: data.draft?.etag ?? null,
    save: saveDraft,
    ready: followsSchema,
    keyAfterCreate: (id) => draftKey(data.userSub, id),
    onCreated: (saved) => {
      draftId.current = saved.id;
      setUploadTo(saved.id);
      steps.move(saved.id);
      // The draft's own address, so a reload finds it; not a navigation, which would rebuild the form under the
      // person typing (the router learns the address at the next navigation).
      window.history.replaceState(window.history.state, '', `/kontor/soknad/${saved.id}`);
    },
  });

  // A change this browser kept (a reload, a dropped connection) wins over the server's copy, and is sent again.
  const [start] = useState(() => {
    const local = sync.pendingLocal();
    if (local !== undefined) sync.resume(toDocument(schema, local));
    return { formData: local ?? data.initial, restored: local !== undefined };
  });

  // The form's latest data and document, and the files the document refers to: either changing saves both.
  const files = useRef<readonly Attachment[]>(referencedFiles(data.attachments));
  const latest = useRef<{ formData: unknown; document: unknown }>({
    formData: start.formData,
    document: toDocument(schema, start.formData),
  });
  const change = () =>
    sync.change(
      withReferences(latest.current.formData, 'application', files.current),
      withReferences(latest.current.document, 'application', files.current),
    );
  async function onFilesChange(next: readonly Attachment[]) {
    files.current = next;
    change();
    const saved = await sync.flush();
    return saved.kind === 'saved' || saved.kind === 'idle';
  }

  // «We restored changes that were not saved» is true until they are: the next save ends it.
  const [restoredShown, setRestoredShown] = useState(start.restored);
  if (restoredShown && state.kind === 'saved') setRestoredShown(false);

  const measure = data.initial.measure?.name;
  const title = measure ? t('applicationTitle', { measure }) : t('applicationUntitled');
  usePageTitle(title);

  /** § 7: what is on screen goes to the Nav office head and the chief executive to sign, and is locked. */
  async function requestSigning() {
    setProblem(undefined);
    const wrong = invalidSigners(signers);
    setInvalid(wrong);
    if (wrong.length > 0) {
      document.getElementById(`signer-email-${wrong[0]}`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      // The API locks what it has: first make sure it has what is on screen.
      const saved = await sync.flush();
      const id = draftId.current;
      if ((saved.kind !== 'saved' && saved.kind !== 'idle') || !id) {
        setProblem({
          status: 0,
          code: 'DRAFT_NOT_SAVED',
          title: t('submitNotSaved'),
          issues: [],
          ruleIssues: [],
        });
        setSubmitting(false);
        return;
      }
      const current = await api.GET('/v1/applications/{applicationId}', {
        params: { path: { applicationId: id } },
      });
      const notify = notifyOf(signers);
      await api.POST('/v1/applications/{applicationId}/signing', {
        params: { path: { applicationId: id }, header: { 'If-Match': current.etag } },
        ...(notify.length > 0 ? { body: { notify } } : {}),
      });
      removeLocalDraft(window.localStorage, draftKey(data.userSub, id));
      steps.clear();
      navigate(`/kontor/sak/${id}`);
    } catch (error) {
      setProblem(toShownProblem(error, language));
      setSubmitting(false);
    }
  }

  /** The other's version wins here; this person's is kept aside in the draft's history first, so neither is lost. */
  async function takeTheirs() {
    const id = draftId.current;
    const mine = sync.unsaved();
    setProblem(undefined);
    if (id && mine) {
      try {
        await api.POST('/v1/applications/{applicationId}/revisions', {
          params: { path: { applicationId: id } },
          body: { basedOn: mine.baseEtag ?? '*', document: mine.document },
        });
      } catch (error) {
        setProblem({ ...toShownProblem(error, language), detail: t('conflictNotKept') });
        return;
      }
    }
    sync.discardLocal();
    navigate(`/kontor/soknad/${id}`, { replace: true });
  }

  return (
    <VStack gap="space-24">
      <BodyLong>
        {t('applicationDeadlineInfo', { date: formatDate(data.call.applicationDeadline.date, language) })}
      </BodyLong>
      {restoredShown ? <Alert variant="info">{t('restoredLocal')}</Alert> : null}
      {data.prefilled && !start.restored ? <Alert variant="info">{t('prefilledFromLast')}</Alert> : null}
      <SaveStatus
        state={state}
        onKeepMine={async () => {
          if (!draftId.current) return;
          const latest = await api.GET('/v1/applications/{applicationId}', {
            params: { path: { applicationId: draftId.current } },
          });
          await sync.keepMine(latest.etag);
        }}
        onLoadTheirs={() => void takeTheirs()}
        conflictDetails={
          draftId.current ? (
            <ConflictDetails
              applicationId={draftId.current}
              baseEtag={sync.unsaved()?.baseEtag ?? null}
              schema={schema}
              document={latest.current.document}
            />
          ) : null
        }
      />
      {problem && problem.issues.length === 0 ? <ProblemSummary problem={problem} /> : null}
      {problem && signerIssues.length > 0 ? (
        <ProblemSummary
          problem={{ ...problem, issues: signerIssues }}
          fieldId={(path) => signerFieldOf(path, signers)}
        />
      ) : null}
      {submitting ? <Alert variant="info">{t('submitting')}</Alert> : null}
      <DocumentForm
        documentType="application"
        callId={data.call.id}
        formData={start.formData}
        initialStep={steps.initial}
        onStepChange={steps.remember}
        language={language}
        serverIssues={problem?.ruleIssues}
        onChange={(next) => {
          latest.current = { formData: next.formData, document: next.document };
          change();
        }}
        onSubmit={() => void requestSigning()}
        submitLabel={t('signingRequest')}
        beforeSubmit={
          <SignerNotices
            addresses={signers}
            onChange={(next) => {
              setSigners(next);
              setInvalid([]);
            }}
            invalid={invalid}
            issues={signerIssues}
          />
        }
      />
      <AttachmentUploader
        applicationId={uploadTo}
        documentType="application"
        initial={data.attachments}
        onFilesChange={onFilesChange}
      />
    </VStack>
  );
}
