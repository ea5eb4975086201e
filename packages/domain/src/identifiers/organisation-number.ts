import { hasValidMod11 } from './mod11.js';

/** Brønnøysundregistrene's weights for the first eight digits of an organisasjonsnummer. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export const ORGANISATION_NUMBER_PATTERN = /^\d{9}$/;

export function isValidOrganisationNumber(value: string): boolean {
  return ORGANISATION_NUMBER_PATTERN.test(value) && hasValidMod11(value, WEIGHTS);
}
