import { hasValidMod11 } from './mod11.js';

/** Brønnøysundregistrene's weights for the first eight digits of an organisasjonsnummer. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export const ORGANISATION_NUMBER_PATTERN = /^\d{9}$/;

/** Enhetsregisteret issues organisation numbers that begin with 8 or 9; no other first digit is in use. */
export function hasIssuedPrefix(value: string): boolean {
  return /^[89]/.test(value);
}

/** Nine digits that begin with 8 or 9, with a valid MOD11 check digit. */
export function isValidOrganisationNumber(value: string): boolean {
  return ORGANISATION_NUMBER_PATTERN.test(value) && hasIssuedPrefix(value) && hasValidMod11(value, WEIGHTS);
}

/** Only the check digit: for telling a person which of the two is wrong. */
export function hasValidOrganisationCheckDigit(value: string): boolean {
  return hasValidMod11(value, WEIGHTS);
}
