import { z } from 'zod';
import { FORMATS, type TextFormat } from './formats.js';
import { isValidAccountNumber } from './identifiers/account-number.js';
import { hasIssuedPrefix, hasValidOrganisationCheckDigit } from './identifiers/organisation-number.js';

/** Field labels become form labels and descriptions their help texts: every field carries both, in bokmål. */
export type FieldText = {
  title: string;
  description: string;
};

/** Whole kroner. Amounts are integers so sums are exact; one billion is far above any grant. */
export const MAX_AMOUNT = 1_000_000_000;

export const nok = (text: FieldText) => z.int().min(0).max(MAX_AMOUNT).meta(text);

/** A pattern, not trim + min length: JSON Schema sees it, and a blank answer fails everywhere alike. */
export const NON_BLANK = /\S/;

export const text = (t: FieldText, max = 10_000) => z.string().max(max).regex(NON_BLANK).meta(t);

export const shortText = (t: FieldText) => text(t, 200);

/** A list of choices, each at most once: it never holds more items than there are choices. */
export const choices = <const T extends readonly [string, ...string[]]>(ids: T) =>
  z.array(z.enum(ids)).max(ids.length);

export const isoDate = (t: FieldText) => z.iso.date().meta(t);

/** The longest instant: seconds to the nanosecond and an offset, 2024-02-01T22:59:00.123456789+01:00. */
export const MAX_DATE_TIME_LENGTH = 35;

/**
 * An instant with its UTC offset, e.g. 2024-02-01T21:59:00Z or 2024-02-01T22:59:00+01:00. The format is judged
 * first and alone (`abort`), so a text both too long and malformed is told the format it should have, once.
 */
export const isoDateTime = (t: FieldText) =>
  z.iso.datetime({ offset: true, abort: true }).max(MAX_DATE_TIME_LENGTH).meta(t);

/** The longest address SMTP carries (RFC 5321, 4.5.3.1.3: a path of 256 octets less its angle brackets). */
export const MAX_EMAIL_LENGTH = 254;

export const email = (t: FieldText) => z.email({ abort: true }).max(MAX_EMAIL_LENGTH).meta(t);

/**
 * A fixed number of digits with further checks, each with its own code; the first that fails is the one reported,
 * and none runs until the digits are right (the pattern speaks first).
 */
const checkedDigits =
  ({ pattern }: TextFormat, checks: readonly (readonly [(v: string) => boolean, string])[]) =>
  (t: FieldText) =>
    z
      .string()
      .regex(pattern)
      .superRefine((v, ctx) => {
        if (!pattern.test(v)) return;
        const failed = checks.find(([holds]) => !holds(v));
        if (failed) ctx.addIssue({ code: 'custom', input: v, params: { code: failed[1] } });
      })
      .meta(t);

export const organisationNumber = checkedDigits(FORMATS.nineDigits, [
  [hasIssuedPrefix, 'ORGNR_PREFIX'],
  [hasValidOrganisationCheckDigit, 'ORGNR_CHECKSUM'],
]);

export const accountNumber = checkedDigits(FORMATS.elevenDigits, [
  [isValidAccountNumber, 'ACCOUNT_NUMBER_CHECKSUM'],
]);

/** A stable identifier of a line or a document: lower-case letters, digits and dashes. */
export const slug = (t: FieldText) => z.string().regex(FORMATS.slug.pattern).meta(t);

/** The county office's case number (saksnummer), e.g. 2024/1234. */
export const caseNumber = (
  t: FieldText = { title: 'Saksnummer', description: 'Statsforvalterens saksnummer, for eksempel 2024/1234' },
) => z.string().regex(FORMATS.caseNumber.pattern).meta(t);
