import type { GrantLetter, RejectionLetter } from '@sosialtilskudd/domain';
import { APPLICATION_TEXTS } from './application-texts.js';
import { LETTER_TEXTS, type LetterLanguage } from './texts.js';

/** A case number as a file name's reference: plain ASCII, so it survives any Content-Disposition header. */
const reference = (caseNumber: string) => caseNumber.replace(/[^0-9A-Za-z]+/g, '-');

/** "tilskuddsbrev-2025-1234.pdf": a download name for the letter, from its kind and case number. */
export function letterFileName(
  letter: GrantLetter | RejectionLetter,
  language: LetterLanguage = 'nb',
): string {
  return `${LETTER_TEXTS[language].fileName[letter.documentType]}-${reference(letter.caseNumber)}.pdf`;
}

/** "soknad-2025-1234.pdf": a download name for the copy of a submitted application. */
export const applicationFileName = (caseNumber: string, language: LetterLanguage = 'nb'): string =>
  `${APPLICATION_TEXTS[language].fileName}-${reference(caseNumber)}.pdf`;
