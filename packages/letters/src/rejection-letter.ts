import type { RejectionLetter } from '@sosialtilskudd/domain';
import { type LetterContext, writeClosing } from './letter-parts.js';
import type { LetterWriter } from './pdf/writer.js';

/** Avslagsbrev (§ 8): each reason by its label, then the caseworker's explanation. */
export function writeRejectionLetter(w: LetterWriter, letter: RejectionLetter, context: LetterContext) {
  const { t } = context;
  w.paragraph(t.rejectionIntro(letter.measureName, letter.recipient.name));
  w.heading(t.reasonsHeading);
  for (const { reason, explanation } of letter.reasons) {
    w.paragraph(t.reasonLabels[reason], { font: 'semibold', after: 1, keepLines: 3 });
    w.paragraph(explanation, { after: 10 });
  }
  writeClosing(w, letter, context);
}
