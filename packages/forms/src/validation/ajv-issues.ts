import type { RJSFValidationError } from '@rjsf/utils';

/** Ajv keywords mapped to the domain's schema codes (`SCHEMA_CODES` in @sosialtilskudd/domain). */
const KEYWORD_CODES: Record<string, string> = {
  required: 'REQUIRED',
  type: 'INVALID_TYPE',
  minimum: 'TOO_SMALL',
  exclusiveMinimum: 'TOO_SMALL',
  minLength: 'TOO_SMALL',
  minItems: 'TOO_SMALL',
  maximum: 'TOO_BIG',
  exclusiveMaximum: 'TOO_BIG',
  maxLength: 'TOO_BIG',
  maxItems: 'TOO_BIG',
  format: 'INVALID_FORMAT',
  pattern: 'INVALID_FORMAT',
  enum: 'INVALID_VALUE',
  const: 'INVALID_VALUE',
  additionalProperties: 'UNKNOWN_FIELD',
  unevaluatedProperties: 'UNKNOWN_FIELD',
};

export function codeOfKeyword(keyword: string | undefined): string {
  return (keyword && KEYWORD_CODES[keyword]) || 'INVALID_VARIANT';
}

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** RJSF writes Ajv's instance path with dots, a missing property already appended. */
export function pointerOfAjvError(error: RJSFValidationError): string {
  const parts = (error.property ?? '').split('.').filter(Boolean);
  return parts.map((p) => `/${escapeSegment(p)}`).join('');
}

/** Whether Ajv found the error while trying one branch of a `oneOf`/`anyOf`. */
export function isBranchError(error: RJSFValidationError): boolean {
  return /\/(oneOf|anyOf)\//.test(error.schemaPath ?? '');
}

export const isVariantKeyword = (keyword: string | undefined) => keyword === 'oneOf' || keyword === 'anyOf';
