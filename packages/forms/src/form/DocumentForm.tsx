import { Button, FormProgress, Heading, HStack, Loader } from '@navikt/ds-react';
import type { IChangeEvent } from '@rjsf/core';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import {
  budgetLines,
  DOCUMENT_TYPES,
  findCall,
  type RuleContext,
  type RuleIssue,
} from '@sosialtilskudd/domain';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type FormDocumentType, formSchema, formSchemaKey, isFormLoaded, loadForm } from '../documents.js';
import { schemaText } from '../i18n/schema-text.js';
import { uiText } from '../i18n/ui-texts.js';
import { toDocument } from '../schema/prune.js';
import { akselTheme } from '../theme/index.js';
import { answersBooleans, buildUiSchema, HIDDEN, notFilledIn } from '../ui-schema/build.js';
import { fieldsNotApplying } from '../ui-schema/conditional.js';
import { FORM_STEPS, SUMMARY_STEP_ID, stepOfPointer } from '../ui-schema/steps.js';
import type { FormIssue, Language } from '../validation/issue.js';
import { serverIssuesOf, validateForm, validateStep } from '../validation/validate-form.js';
import { formValidator } from '../validation/validator.js';
import { fieldId, shownPointer, toErrorSchema } from './error-schema.js';
import { FormErrorSummary } from './FormErrorSummary.js';

export interface DocumentChange {
  /** The form's data as RJSF holds it. Save this as the draft: it restores the form exactly. */
  formData: unknown;
  /** The document it stands for (empty optional parts dropped): what the API receives. */
  document: unknown;
  step: number;
}

export interface DocumentFormProps {
  documentType: FormDocumentType;
  /** For an application: the call, whose schema carries that year's caps. */
  callId?: string;
  /** Initial data (a draft or a prefilled document). A new object from outside replaces what is shown. */
  formData?: unknown;
  language?: Language;
  /** Case history the rules need (last year's status report, the grant letter …), as the server has it. */
  context?: RuleContext;
  /** Start on this step (0-based); the summary is the last. */
  initialStep?: number;
  /** Validate at once and show every error, as after a failed submit. */
  showErrors?: boolean;
  readonly?: boolean;
  /**
   * What a server refused the document for (the issues of its problem answer), for the rules the browser could
   * not run: shown like the form's own errors, each leading to its field's step, until the next submit.
   */
  serverIssues?: readonly RuleIssue[];
  /** Every change, for autosave. Table typing arrives after a short pause (see TableField). */
  onChange?: (change: DocumentChange) => void;
  onStepChange?: (step: number) => void;
  /** Only a document with no issue at all is submitted. */
  onSubmit?: (document: unknown) => void;
  /** The last step's button, when it does something else than send the document in (default «Send inn»). */
  submitLabel?: string;
  /** Fields of the sending itself, not of the document, shown on the last step above its button. */
  beforeSubmit?: ReactNode;
}

const focusSoon = (target: () => HTMLElement | null | undefined) => setTimeout(() => target()?.focus(), 0);

/**
 * A document people fill in, as a form: the committed JSON Schema, Aksel widgets, Norwegian texts, the
 * application as a wizard, and errors checked by the same rules as the server. Its schema and validators load
 * on first use (a loader shows meanwhile); a failed load is thrown to the nearest error boundary.
 */
export function DocumentForm(props: DocumentFormProps) {
  const ready = useFormLoaded(props.documentType, props.callId);
  if (!ready) return <Loader size="large" title={uiText('loading', props.language ?? 'nb')} />;
  return <LoadedDocumentForm {...props} />;
}

function useFormLoaded(type: FormDocumentType, callId: string | undefined): boolean {
  const key = formSchemaKey(type, callId);
  const [, setLoadedKey] = useState<string>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (isFormLoaded(type, callId)) return;
    loadForm(type, callId).then(
      () => setLoadedKey(key),
      (error: unknown) => setFailure({ error }),
    );
  }, [key, type, callId]);
  if (failure) throw failure.error;
  return isFormLoaded(type, callId);
}

function LoadedDocumentForm(props: DocumentFormProps) {
  const { documentType, callId, context, readonly, onChange, onStepChange, onSubmit } = props;
  const language = props.language ?? 'nb';
  const schema = useMemo(() => formSchema(documentType, callId), [documentType, callId]);
  const validator = useMemo(() => formValidator(documentType, callId), [documentType, callId]);
  const baseUi = useMemo(
    () => buildUiSchema(documentType, schema, language),
    [documentType, schema, language],
  );
  const steps = FORM_STEPS[documentType];

  const [formData, setFormData] = useState<unknown>(props.formData ?? {});
  const dataRef = useRef(formData);
  const [step, setStep] = useState(Math.min(props.initialStep ?? 0, steps.length - 1));
  const [issues, setIssues] = useState<FormIssue[]>(() =>
    props.showErrors ? validateForm(documentType, props.formData ?? {}, { callId, context, language }) : [],
  );
  const [showing, setShowing] = useState(Boolean(props.showErrors));
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (props.formData !== undefined && props.formData !== dataRef.current) {
      dataRef.current = props.formData;
      setFormData(props.formData);
    }
  }, [props.formData]);

  const fromServer = useMemo(
    () => serverIssuesOf(documentType, props.serverIssues ?? [], dataRef.current, { callId, language }),
    [documentType, props.serverIssues, callId, language],
  );
  useEffect(() => {
    if (fromServer.length === 0) return;
    setShowing(true);
    focusSoon(() => summaryRef.current);
  }, [fromServer]);

  const current = steps[step] ?? steps[0];
  const isSummary = current?.id === SUMMARY_STEP_ID;
  const inStep = (issue: FormIssue) =>
    isSummary || (current?.fields ?? []).includes(issue.path.split('/')[1] ?? '');
  // Memoised so the error schema keeps its identity between changes and the tables' rows stay skipped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: inStep depends only on current and isSummary
  const shown = useMemo(() => {
    if (!showing) return [];
    const own = new Set(issues.map((i) => `${i.code} ${i.path}`));
    return [...issues, ...fromServer.filter((i) => !own.has(`${i.code} ${i.path}`))].filter(inStep);
  }, [showing, issues, fromServer, current, isSummary]);

  // A string, so the uiSchema (and the tables' rows under it) keeps its identity while the answers that decide
  // which fields apply stay the same.
  const notApplying = fieldsNotApplying(documentType, formData).join(' ');
  const uiSchema = useMemo<UiSchema>(() => {
    const hidden = new Set(notApplying.split(' ').filter(Boolean));
    const ui: UiSchema = { ...baseUi };
    for (const key of Object.keys((schema.properties ?? {}) as Record<string, RJSFSchema>))
      if (hidden.has(key) || (!isSummary && !current?.fields.includes(key))) ui[key] = HIDDEN;
    if (!isSummary) ui['ui:order'] = [...(current?.fields ?? []), '*'];
    return ui;
  }, [baseUi, schema, current, isSummary, notApplying]);

  /**
   * The document the data stands for, as it is sent and judged: without the empty objects RJSF keeps, and
   * without what someone else fills in, where RJSF puts `false` for a required yes/no the person never saw.
   */
  const documentOf = (data: unknown) => {
    const doc = toDocument(schema, data);
    if (!doc || typeof doc !== 'object') return doc;
    const left = [...notFilledIn(documentType), ...fieldsNotApplying(documentType, doc)];
    return Object.fromEntries(Object.entries(doc).filter(([key]) => !left.includes(key)));
  };
  /** On a step, its own fields judged by every check, the rules too; on the summary, the whole document. */
  const check = (data: unknown) => {
    const options = { callId, context, language };
    if (isSummary) return validateForm(documentType, documentOf(data), options);
    const reached = steps.slice(0, step + 1).flatMap((s) => s.fields);
    return validateStep(documentType, documentOf(data), { step: current?.fields ?? [], reached }, options);
  };

  const goTo = (next: number) => {
    setStep(next);
    onStepChange?.(next);
    focusSoon(() => document.getElementById('stfs-step-heading'));
  };

  const showIssues = (found: FormIssue[]) => {
    setIssues(found);
    setShowing(true);
    focusSoon(() => summaryRef.current);
  };

  const next = () => {
    const found = check(dataRef.current);
    if (found.some(inStep)) return showIssues(found);
    setShowing(false);
    goTo(step + 1);
  };

  const submit = () => {
    const found = check(dataRef.current);
    if (found.length > 0) return showIssues(found);
    setShowing(false);
    onSubmit?.(documentOf(dataRef.current));
  };

  // The errors on screen follow a change of language, as everything else on the page does.
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    if (showing) setIssues(check(dataRef.current));
  });

  const handleChange = (e: IChangeEvent) => {
    dataRef.current = e.formData;
    setFormData(e.formData);
    if (showing) setIssues(check(e.formData));
    onChange?.({ formData: e.formData, document: documentOf(e.formData), step });
  };

  // An error leads to its field where it can be mended: on its own step, not the read-only summary.
  const selectIssue = (issue: FormIssue) => {
    const target = stepOfPointer(documentType, issue.path);
    if (target !== step) {
      setStep(target);
      onStepChange?.(target);
    }
    const id = fieldId(shownPointer(schema, issue.path, dataRef.current));
    focusSoon(
      () =>
        document.getElementById(`${id}__oneof_select`) ??
        document.getElementById(id) ??
        document.getElementById(`${id}-0`),
    );
  };

  const title = schemaText(String(schema.title ?? DOCUMENT_TYPES[documentType].title), language).split(
    ' – ',
  )[0];
  const extraErrors = useMemo(
    () => toErrorSchema(shown.map((i) => ({ ...i, path: shownPointer(schema, i.path, dataRef.current) }))),
    [shown, schema],
  );
  const application = context?.application;
  const call = callId ? findCall(callId) : undefined;
  const formContext = useMemo(
    () => ({
      language,
      ...(application
        ? { budgetLines: budgetLines(application.budget).map((l) => ({ value: l.id, label: l.label })) }
        : {}),
      ...(call ? { priorityAreas: [...call.priorityAreas.special, ...call.priorityAreas.general] } : {}),
    }),
    [language, application, call],
  );

  return (
    <div className="stfs-form" lang={language === 'nn' ? 'nn' : 'nb'}>
      <Heading level="1" size="large" spacing>
        {title}
      </Heading>
      {steps.length > 1 && (
        <FormProgress
          totalSteps={steps.length}
          activeStep={step + 1}
          onStepChange={(s) => goTo(s - 1)}
          className="stfs-progress"
        >
          {steps.map((s) => (
            <FormProgress.Step key={s.id}>{s.title[language]}</FormProgress.Step>
          ))}
        </FormProgress>
      )}
      <div aria-live="polite" className="stfs-visually-hidden">
        {shown.length > 0 ? `${shown.length} feil` : ''}
      </div>
      {shown.length > 0 && (
        <FormErrorSummary ref={summaryRef} issues={shown} language={language} onSelect={selectIssue} />
      )}
      {isSummary && showing && shown.length === 0 && (
        <p className="aksel-body-long">{uiText('noErrors', language)}</p>
      )}
      <Heading level="2" size="medium" spacing id="stfs-step-heading" tabIndex={-1}>
        {current?.title[language]}
      </Heading>
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        noValidate
        showErrorList={false}
        extraErrors={extraErrors}
        formContext={formContext}
        readonly={readonly || isSummary}
        onChange={handleChange}
        onSubmit={() => (isSummary ? submit() : next())}
        experimental_defaultFormStateBehavior={{
          emptyObjectFields: 'skipEmptyDefaults',
          arrayMinItems: { populate: 'never' },
          requiredBooleanDefault: answersBooleans(documentType) ? 'skip' : 'populateFalse',
        }}
        {...akselTheme}
      />
      {isSummary && !readonly ? props.beforeSubmit : null}
      {!readonly && (
        <HStack gap="space-16" className="stfs-navigation">
          {step > 0 && (
            <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
              {uiText('previous', language)}
            </Button>
          )}
          {isSummary ? (
            <Button type="button" onClick={submit}>
              {props.submitLabel ?? uiText('submit', language)}
            </Button>
          ) : (
            <Button type="button" onClick={next}>
              {uiText('next', language)}
            </Button>
          )}
        </HStack>
      )}
    </div>
  );
}
