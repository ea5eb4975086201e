import type { RJSFValidationError } from '@rjsf/utils';

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
