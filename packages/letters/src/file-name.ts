import type { GrantLetter, RejectionLetter } from '@sosialtilskudd/domain';
import { LETTER_TEXTS, type LetterLanguage } from './texts.js';

/** "tilskuddsbrev-2025-1234.pdf": a download name for the letter, from its kind and case number. */
export function letterFileName(
  letter: GrantLetter | RejectionLetter,
  language: LetterLanguage = 'nb',
): string {
  const reference = String(letter.caseNumber).replace(/[^0-9A-Za-z]+/g, '-');
  return `${LETTER_TEXTS[language].fileName[letter.documentType]}-${reference}.pdf`;
}
