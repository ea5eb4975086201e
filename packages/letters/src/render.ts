import type { GrantLetter, RejectionLetter, RuleContext } from '@sosialtilskudd/domain';
import { checkLetter } from './check-letter.js';
import { writeGrantLetter } from './grant-letter.js';
import { writeLetterhead } from './letter-parts.js';
import { createDocument, toBytes } from './pdf/document.js';
import { LetterWriter } from './pdf/writer.js';
import { writeRejectionLetter } from './rejection-letter.js';
import { LETTER_TEXTS, type LetterLanguage } from './texts.js';

export interface RenderLetterOptions {
  /** Language of the fixed texts; the letter's own texts (conditions, terms, § 9) are printed as written. */
  language?: LetterLanguage;
  /** History the domain's rules need beyond the call (e.g. the application, for GRANT_EXCEEDS_REQUESTED). */
  context?: RuleContext;
}

/**
 * Renders a grant or rejection letter as an A4 PDF. Validates it with the domain first and rejects with
 * `LetterValidationError` (carrying the issues) instead of printing an invalid letter.
 */
export async function renderLetterPdf(
  letter: GrantLetter | RejectionLetter,
  options: RenderLetterOptions = {},
): Promise<Uint8Array> {
  const checked = checkLetter(letter, options.language ?? 'nb', options.context);
  const { call, sender } = checked;
  const t = LETTER_TEXTS[checked.language];
  const context = { call, sender, t };
  const title =
    checked.letter.documentType === 'grant-letter' ? t.grantTitle(call.year) : t.rejectionTitle(call.year);

  const doc = createDocument({
    title: `${title}: ${checked.letter.measureName}`,
    author: sender.name,
    subject: call.title,
    language: t.pdfLanguage,
    date: checked.letter.date,
  });
  const writer = new LetterWriter(doc);
  writeLetterhead(writer, checked.letter, context, title);
  if (checked.letter.documentType === 'grant-letter') {
    writeGrantLetter(writer, checked.letter, context);
  } else {
    writeRejectionLetter(writer, checked.letter, context);
  }
  const footer = sender.phone ? `${sender.name} · ${t.phone} ${sender.phone}` : sender.name;
  writer.furnish(footer, t.page, `${t.ourReference} ${checked.letter.caseNumber}`);
  return toBytes(doc);
}
