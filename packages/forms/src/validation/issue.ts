import type { Language } from '@sosialtilskudd/domain';

export type { Language };

/** One error as the form shows it: the same `code` and JSON Pointer `path` the server reports. */
export interface FormIssue {
  code: string;
  path: string;
  /** In the form's language, starting with the field's label. */
  message: string;
  /** `ajv` for the JSON Schema check, `domain` for `validateDocument` (which also judges structure). */
  origin: 'ajv' | 'domain';
}
