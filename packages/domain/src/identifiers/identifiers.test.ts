import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAccountNumber, isValidAccountNumber, normalizeAccountNumber } from './account-number.js';
import {
  hasIssuedPrefix,
  hasValidOrganisationCheckDigit,
  isValidOrganisationNumber,
} from './organisation-number.js';

describe('organisasjonsnummer (MOD11)', () => {
  it.each(['988077917', '974541254', '887620032'])('accepts %s', (n) =>
    expect(isValidOrganisationNumber(n)).toBe(true),
  );
  it.each(['988077918', '12345678', '1234567850', '12345678a', ''])('rejects %s', (n) =>
    expect(isValidOrganisationNumber(n)).toBe(false),
  );
  it('rejects a number with a valid check digit that Enhetsregisteret would not issue: it begins with 8 or 9', () => {
    expect(hasValidOrganisationCheckDigit('123456785')).toBe(true);
    expect(isValidOrganisationNumber('123456785')).toBe(false);
    expect(hasIssuedPrefix('812345678')).toBe(true);
    for (const d of '0123467') expect(hasIssuedPrefix(`${d}12345678`)).toBe(false);
  });
  it('rejects numbers whose remainder is 1 (no check digit exists)', () => {
    // 00000010x: weights give sum 3, r = 3 → check 8; 10000000x: sum 3 → 8; 40000000x: sum 12, r = 1 → invalid
    for (let d = 0; d <= 9; d++) expect(hasValidOrganisationCheckDigit(`40000000${d}`)).toBe(false);
  });
  it('exactly one check digit is valid for every 8-digit base that has one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (base) => {
        const valid = [...'0123456789'].filter((d) => hasValidOrganisationCheckDigit(base + d));
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('kontonummer (MOD11)', () => {
  it.each(['12345678903', '86011117947'])('accepts %s', (n) => expect(isValidAccountNumber(n)).toBe(true));
  it.each(['86011117949', '1234567890', '123456789031', ''])('rejects %s', (n) =>
    expect(isValidAccountNumber(n)).toBe(false),
  );
  it('normalizes the written forms and formats them back', () => {
    expect(normalizeAccountNumber('1234.56.78903')).toBe('12345678903');
    expect(normalizeAccountNumber('8601 11 17947')).toBe('86011117947');
    expect(formatAccountNumber('12345678903')).toBe('1234.56.78903');
  });
});
