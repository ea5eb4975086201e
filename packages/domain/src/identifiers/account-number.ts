import { hasValidMod11 } from './mod11.js';

/** Weights for the first ten digits of a Norwegian bank account number (kontonummer). */
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export const ACCOUNT_NUMBER_PATTERN = /^\d{11}$/;

/** People write 1234.56.78903 or 1234 56 78903; the contract stores the 11 digits only. */
export function normalizeAccountNumber(value: string): string {
  return value.replace(/[\s.]/g, '');
}

export function isValidAccountNumber(value: string): boolean {
  return ACCOUNT_NUMBER_PATTERN.test(value) && hasValidMod11(value, WEIGHTS);
}

export function formatAccountNumber(value: string): string {
  return `${value.slice(0, 4)}.${value.slice(4, 6)}.${value.slice(6)}`;
}
