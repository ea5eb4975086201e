import type { CustomValidator, FormValidation, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import {
  exampleDocument,
  findCall,
  localize,
  type RuleContext,
  type RuleIssue,
  validateDocument,
} from '@sosialtilskudd/domain';
import { type FormDocumentType, formSchema } from '../documents.js';
import { toDocument } from '../schema/prune.js';
import { schemaAtPointer, splitPointer } from '../schema/walk.js';
import { isBranchError, isVariantKeyword, pointerOfAjvError } from './ajv-issues.js';
import type { FormIssue, Language } from './issue.js';
import { ajvIssueText, codeOfKeyword, fieldLabel, peopleText } from './issue-words.js';
import { formValidator } from './validator.js';

export interface FormValidationOptions {
  /** For an application: the call whose schema and caps apply. */
  callId?: string;
  /** The case history some rules need (last year's report, the grant letter …), as the server has it. */
  context?: RuleContext;
  language?: Language;
}

type Node = FormValidation<unknown> & Record<string, unknown>;

function errorNode(): Node {
  const node = { __errors: [] as string[] } as unknown as Node;
  node.addError = (message: string) => {
    node.__errors?.push(message);
  };
  return node;
}

/** Adds a message at a JSON Pointer, creating the nodes RJSF's handler lacks for missing data. */
function addErrorAt(root: FormValidation<unknown>, pointer: string, message: string): void {
  let node = root as Node;
  for (const key of splitPointer(pointer)) {
    const next = node[key] as Node | undefined;
    if (next && typeof next.addError === 'function') node = next;
    else {
      node[key] = errorNode();
      node = node[key] as Node;
    }
  }
  node.addError(message);
}

/**
 * RJSF's `customValidate` hook running the domain's rules: `validateDocument` from @sosialtilskudd/domain,
 * the same function the server runs, so the codes and messages are the server's. `onIssues` receives the coded
 * issues, which RJSF's error handler (strings only) cannot carry; `data` supplies the form's own data.
 */
export function createCustomValidate(
  type: FormDocumentType,
  options: FormValidationOptions = {},
  onIssues?: (issues: RuleIssue[]) => void,
  data?: () => unknown,
): CustomValidator<unknown, RJSFSchema> {
  const language = options.language ?? 'nb';
  const schema = formSchema(type, options.callId);
  return (formData, errors) => {
    // RJSF hands customValidate its data filled with defaults and `undefined`s; judge the real data when known.
    const document = toDocument(schema, data ? data() : formData);
    const { issues } = validateDocument(document, { type, context: options.context });
    onIssues?.(issues);
    for (const issue of issues) addErrorAt(errors, issue.path, localize(issue, language));
    return errors;
  };
}

interface AjvIssue extends FormIssue {
  /** Found inside a `oneOf`/`anyOf` branch, or the variant's own failure. */
  variant: boolean;
}

/** An issue as the form shows it: the person's words, the field's label once, in the form's language. */
function shown(
  issue: Pick<FormIssue, 'code' | 'path' | 'origin'>,
  text: string,
  schema: RJSFSchema,
  data: unknown,
  language: Language,
): FormIssue {
  const field = schemaAtPointer(schema, issue.path, data);
  const words = peopleText(issue.code, field, text, language);
  const label = fieldLabel(schema, issue.path, data, language);
  return {
    ...issue,
    text: words,
    message: label ? `${label}: ${words}` : words,
    ...(label ? { label } : {}),
  };
}

function fromAjv(
  error: RJSFValidationError,
  schema: RJSFSchema,
  data: unknown,
  language: Language,
): AjvIssue {
  const path = pointerOfAjvError(error);
  const field = schemaAtPointer(schema, path, data);
  const issue = { code: codeOfKeyword(error.name), path, origin: 'ajv' as const };
  return {
    ...shown(issue, ajvIssueText(error, field, language), schema, data, language),
    variant: isBranchError(error) || isVariantKeyword(error.name),
  };
}

/**
 * A domain issue's words without the label the domain puts first (its bokmål title, in both languages): the
 * form names the field itself, in the form's language, and only where a list needs it.
 */
function fromDomain(issue: RuleIssue, schema: RJSFSchema, data: unknown, language: Language): FormIssue {
  const message = localize(issue, language);
  const title = schemaAtPointer(schema, issue.path, data)?.title;
  const text = title && message.startsWith(`${title}: `) ? message.slice(title.length + 2) : message;
  return shown({ code: issue.code, path: issue.path, origin: 'domain' }, text, schema, data, language);
}

const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`);

/**
 * The domain judges structure too, with the server's codes, so where it names a field its issue stands and Ajv's
 * at the same field is dropped. Where a `oneOf` failed and the domain explains it inside that value, Ajv's
 * complaints about each branch it tried are noise and go too. Ajv's own repeats collapse.
 */
export function mergeIssues(ajv: AjvIssue[], domain: FormIssue[]): FormIssue[] {
  const covered = new Set(domain.map((i) => i.path));
  const explainedVariants = ajv
    .filter((i) => i.variant && i.code === 'INVALID_VARIANT' && domain.some((d) => within(d.path, i.path)))
    .map((i) => i.path);
  const seen = new Set<string>();
  const kept = ajv.filter((i) => {
    const key = `${i.code} ${i.path}`;
    if (covered.has(i.path) || seen.has(key)) return false;
    if (i.variant && explainedVariants.some((v) => within(i.path, v))) return false;
    seen.add(key);
    return true;
  });
  return [...domain, ...kept.map(({ variant: _, ...issue }) => issue)];
}

/**
 * Everything wrong with the form's data: Ajv (the committed JSON Schema, precompiled, bokmål messages) and the
 * domain's rules through `customValidate`, run by RJSF's own `validateFormData`.
 */
export function validateForm(
  type: FormDocumentType,
  formData: unknown,
  options: FormValidationOptions = {},
): FormIssue[] {
  const language = options.language ?? 'nb';
  const schema = formSchema(type, options.callId);
  let domain: RuleIssue[] = [];
  const customValidate = createCustomValidate(
    type,
    options,
    (issues) => {
      domain = issues;
    },
    () => formData,
  );
  const { errors } = formValidator(type, options.callId).validateFormData(formData, schema, customValidate);
  // Errors from customValidate carry no keyword `name`; they are the domain issues, kept with their codes.
  // `uniqueItems` is the form view's own (for checkboxes); the domain's APPLICATION_DUPLICATE_CHOICE judges it.
  const ajv = errors
    .filter((e) => e.name !== undefined && e.name !== 'uniqueItems')
    .map((e) => fromAjv(e, schema, formData, language));
  return mergeIssues(
    ajv,
    domain.map((i) => fromDomain(i, schema, formData, language)),
  );
}

/**
 * Issues a server reported for the document (its `RuleIssue`s, with both languages' messages), in the form's
 * words: the field named once and in the form's language, as the form's own issues are.
 */
export function serverIssuesOf(
  type: FormDocumentType,
  issues: readonly RuleIssue[],
  formData: unknown,
  options: Pick<FormValidationOptions, 'callId' | 'language'> = {},
): FormIssue[] {
  const schema = formSchema(type, options.callId);
  return issues.map((i) => fromDomain(i, schema, formData, options.language ?? 'nb'));
}

const topField = (path: string) => path.split('/')[1] ?? '';

/**
 * What is wrong with one step of a wizard, checked when the person leaves it rather than at the end: the
 * schema's checks, and the domain's rules too. The rules run only on a document that follows the whole schema,
 * which a half-filled wizard does not, so this step's answers (and the earlier steps', which they may be judged
 * against) are judged in the call's example document, whose later steps are complete; only what the rules say
 * about this step's fields is kept.
 */
export function validateStep(
  type: FormDocumentType,
  formData: unknown,
  fields: { step: readonly string[]; reached: readonly string[] },
  options: FormValidationOptions = {},
): FormIssue[] {
  const inStep = (i: FormIssue) => fields.step.includes(topField(i.path));
  const found = validateForm(type, formData, options).filter(inStep);
  if (found.length > 0 || !formData || typeof formData !== 'object') return found;
  const call = options.callId ? findCall(options.callId) : undefined;
  const example = exampleDocument(type, call) as Record<string, unknown>;
  const answered = Object.entries(formData).filter(([key]) => fields.reached.includes(key));
  const trial = { ...example, ...Object.fromEntries(answered) };
  return validateForm(type, trial, options).filter(inStep);
}
