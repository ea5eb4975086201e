// A county office system renders the letters itself from the published packages.
import assert from 'node:assert/strict';
import { exampleGrantLetter, exampleRejectionLetter } from '@sosialtilskudd/domain';
import { LetterValidationError, renderLetterPdf } from '@sosialtilskudd/letters';

for (const letter of [exampleGrantLetter(), exampleRejectionLetter()]) {
  const pdf = await renderLetterPdf(letter, { language: 'nn' });
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  assert.ok(pdf.length > 10_000);
}
await assert.rejects(
  renderLetterPdf({ ...exampleGrantLetter(), noAppealStatement: 'Vedtaket kan påklages.' }),
  (e) => e instanceof LetterValidationError && e.issues.some((i) => i.code === 'LETTER_NO_APPEAL_STATEMENT'),
);
console.log('letters: grant and rejection letters render as PDF; an invalid letter is refused with its code');
