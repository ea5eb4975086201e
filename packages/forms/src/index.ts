export {
  CALLS_WITH_SCHEMA,
  FORM_DOCUMENT_TYPES,
  type FormDocumentType,
  formSchema,
  isFormDocumentType,
  isFormLoaded,
  loadForm,
} from './documents.js';
export { type DocumentChange, DocumentForm, type DocumentFormProps } from './form/DocumentForm.js';
export { fieldId, toErrorSchema } from './form/error-schema.js';
export { FormErrorSummary, type FormErrorSummaryProps } from './form/FormErrorSummary.js';
export { formatAmount, parseAmount } from './format/nok.js';
export { callTitle } from './i18n/call-title.js';
export { enumLabel } from './i18n/enum-labels.js';
export { NN_SCHEMA_TEXTS } from './i18n/nn-schema-texts.js';
export { schemaText } from './i18n/schema-text.js';
export { toDocument } from './schema/prune.js';
export { COMMIT_DELAY_MS, TableField } from './table/TableField.js';
export type { FormContext } from './theme/form-context.js';
export { akselTheme, fields, templates, widgets } from './theme/index.js';
export { buildUiSchema } from './ui-schema/build.js';
export { FORM_STEPS, type FormStep, stepOfPointer } from './ui-schema/steps.js';
export type { FormIssue, Language } from './validation/issue.js';
export { fieldLabel } from './validation/issue-words.js';
export {
  createCustomValidate,
  type FormValidationOptions,
  mergeIssues,
  serverIssuesOf,
  validateForm,
  validateStep,
} from './validation/validate-form.js';
export { formValidator } from './validation/validator.js';
