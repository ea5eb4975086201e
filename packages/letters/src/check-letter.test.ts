import {
  detectDocumentType,
  exampleAcceptance,
  exampleApplication,
  exampleGrantLetter,
  exampleRejectionLetter,
  type GrantLetter,
  type RejectionLetter,
} from '@sosialtilskudd/domain';
import { issueKeys, loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { LetterValidationError, renderLetterPdf } from './index.js';

const { valid, invalid } = loadGoldenFixtures();
const isLetterCase = (c: { type?: string; document: unknown }) => {
  const own = detectDocumentType(c.document);
  return (own === 'grant-letter' || own === 'rejection-letter') && (c.type === undefined || c.type === own);
};
const letterCases = (cases: typeof valid) => cases.filter(isLetterCase).map((c) => [c.name, c] as const);

/** The error a render rejects with; fails the test if it resolves. */
async function rejection(letter: unknown, options?: Parameters<typeof renderLetterPdf>[1]) {
  const error = await renderLetterPdf(letter as GrantLetter, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LetterValidationError);
  return error as LetterValidationError;
}

describe('validation before rendering', () => {
  it('has golden letter cases to judge', () => {
    expect(letterCases(invalid).length).toBeGreaterThanOrEqual(10);
    expect(letterCases(valid).length).toBeGreaterThanOrEqual(2);
  });

  it.each(letterCases(invalid))('refuses %s with exactly the golden codes', async (_name, c) => {
    const error = await rejection(c.document, c.context ? { context: c.context } : undefined);
    expect(issueKeys(error.issues)).toEqual(issueKeys(c.expected));
    expect(error.code).toBe('LETTER_INVALID');
    for (const issue of error.issues) {
      expect(issue.message).not.toBe('');
      expect(issue.messageNn).not.toBe('');
    }
  });

  it.each(letterCases(valid))('renders the valid golden letter %s', async (_name, c) => {
    const bytes = await renderLetterPdf(
      c.document as GrantLetter,
      c.context ? { context: c.context } : undefined,
    );
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('says in bokmål what is wrong, naming the field', async () => {
    const letter: GrantLetter = { ...exampleGrantLetter(), amount: 1 };
    const error = await rejection(letter);
    expect(issueKeys(error.issues)).toEqual(['GRANT_TOTAL_MISMATCH /amount']);
    expect(error.message).toMatch(/^Brevet er ugyldig og blir ikke laget: Tilskudd \(kr\): /);
  });

  it('runs the rules that need history when the caller gives it', async () => {
    const letter: GrantLetter = { ...exampleGrantLetter(), amount: 1_200_000, grantedPositions: 1_200_000 };
    await expect(renderLetterPdf(letter)).resolves.toBeInstanceOf(Uint8Array);
    const error = await rejection(letter, { context: { application: exampleApplication() } });
    expect(issueKeys(error.issues)).toEqual(['GRANT_EXCEEDS_REQUESTED /amount']);
  });

  it('refuses documents that are not letters', async () => {
    for (const input of [exampleAcceptance(), null, {}, 'brev', { documentType: 'grant-letter' }]) {
      const error = await rejection(input);
      expect(error.issues.map((i) => i.code)).not.toHaveLength(0);
    }
    expect(issueKeys((await rejection(exampleAcceptance())).issues)).toEqual([
      'LETTER_DOCUMENT_TYPE /documentType',
    ]);
    expect(issueKeys((await rejection(null)).issues)).toEqual(['LETTER_DOCUMENT_TYPE /documentType']);
  });

  it('refuses a language it has no texts for', async () => {
    const error = await rejection(exampleRejectionLetter(), { language: 'en' as 'nb' });
    expect(issueKeys(error.issues)).toEqual(['LETTER_LANGUAGE ']);
    expect(error.issues[0]?.message).toBe('Språk: brevet kan lages på nb eller nn');
  });

  it('refuses a letter dated before the county office had its name', async () => {
    const letter: RejectionLetter = { ...exampleRejectionLetter(), date: '2018-12-01' };
    const error = await rejection(letter);
    expect(issueKeys(error.issues)).toEqual(['LETTER_SENDER_NOT_IN_FORCE /issuer/countyOfficeId']);
  });
});
