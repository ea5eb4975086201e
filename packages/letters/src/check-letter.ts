import {
  type Call,
  detectDocumentType,
  findCall,
  type GrantLetter,
  type RejectionLetter,
  type RuleContext,
  type RuleIssue,
  validateDocument,
} from '@sosialtilskudd/domain';
import { LetterValidationError } from './errors.js';
import { type Sender, senderOf } from './sender.js';
import { isLetterLanguage, LETTER_LANGUAGES, type LetterLanguage } from './texts.js';

export type Letter = GrantLetter | RejectionLetter;

/** Everything a letter needs to be printed, all checked. */
export interface CheckedLetter {
  letter: Letter;
  /** The call the letter was judged against: its year and title head the letter. */
  call: Call;
  sender: Sender;
  language: LetterLanguage;
}

const LETTER_TYPES = ['grant-letter', 'rejection-letter'] as const;

function issue(code: string, path: string, message: string, messageNn: string): RuleIssue {
  return { code, path, message, messageNn, source: 'brev' };
}

const notALetter = issue(
  'LETTER_DOCUMENT_TYPE',
  '/documentType',
  'Dokumenttype: bare grant-letter (tilskuddsbrev) og rejection-letter (avslagsbrev) kan lages som brev',
  'Dokumenttype: berre grant-letter (tilskotsbrev) og rejection-letter (avslagsbrev) kan lagast som brev',
);

const unsupportedLanguage = issue(
  'LETTER_LANGUAGE',
  '',
  `Språk: brevet kan lages på ${LETTER_LANGUAGES.join(' eller ')}`,
  `Språk: brevet kan lagast på ${LETTER_LANGUAGES.join(' eller ')}`,
);

const unknownCall = (id: string) =>
  issue('UNKNOWN_CALL', '/callId', `Ukjent utlysning «${id}»`, `Ukjend utlysing «${id}»`);

const senderUnknown = issue(
  'LETTER_SENDER_NOT_IN_FORCE',
  '/issuer/countyOfficeId',
  'Avsender: statsforvalteren hadde ikke et navn i kraft på brevdatoen',
  'Avsendar: statsforvaltaren hadde ikkje eit namn i kraft på brevdatoen',
);

/**
 * Runs the domain's schema and rules first; throws `LetterValidationError` with the issues when the letter
 * is not fit to print. Input is `unknown` because letters arrive as stored JSON.
 */
export function checkLetter(input: unknown, language: unknown, context?: RuleContext): CheckedLetter {
  if (!isLetterLanguage(language)) throw new LetterValidationError([unsupportedLanguage]);
  const type = detectDocumentType(input);
  const letterType = LETTER_TYPES.find((t) => t === type);
  if (!letterType) throw new LetterValidationError([notALetter]);
  const result = validateDocument(input, { type: letterType, context });
  if (!result.ok || !result.value) throw new LetterValidationError(result.issues);
  const letter = result.value;
  // The same call the domain judged the letter against; it reports UNKNOWN_CALL itself, so this is a guard.
  const call = context?.call ?? findCall(letter.callId);
  if (!call) throw new LetterValidationError([unknownCall(letter.callId)]);
  const sender = senderOf(letter.issuer, letter.date);
  if (!sender) throw new LetterValidationError([senderUnknown]);
  return { letter, call, sender, language };
}
