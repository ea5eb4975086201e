import type { Language } from '@sosialtilskudd/domain';

export type { Language };

/** One error as the form shows it: the same `code` and JSON Pointer `path` the server reports. */
export interface FormIssue {
  code: string;
  path: string;
  /** In the form's language, starting with the field's label: what a list of errors shows. */
  message: string;
  /** The same without the label: what the field itself shows under its label. */
  text: string;
  /** The field's name as `message` starts with it («Nav-leder – Signert dato»), if the issue has a field. */
  label?: string;
  /** `ajv` for the JSON Schema check, `domain` for `validateDocument` (which also judges structure). */
  origin: 'ajv' | 'domain';
}
