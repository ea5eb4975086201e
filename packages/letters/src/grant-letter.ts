import type { GrantLetter } from '@sosialtilskudd/domain';
import { formatAmount, formatDate, formatOrganisationNumber } from './format.js';
import { grantFacts, type LetterContext, writeClosing } from './letter-parts.js';
import type { LetterWriter } from './pdf/writer.js';

/** Tilskuddsbrev (§ 8, § 10, § 11), followed by the acceptance form on its own page. */
export function writeGrantLetter(w: LetterWriter, letter: GrantLetter, context: LetterContext) {
  const { t } = context;
  w.paragraph(t.grantIntro(letter.measureName, letter.recipient.name, formatAmount(letter.amount)));

  w.heading(t.grantHeading);
  const grant = grantFacts(letter, t);
  w.facts([
    grant.measure,
    grant.amount,
    { label: t.positions, value: formatAmount(letter.grantedPositions) },
    { label: t.competenceFunds, value: formatAmount(letter.grantedCompetenceFunds) },
    grant.period,
    { label: t.caseNumber, value: letter.caseNumber },
  ]);

  w.heading(t.conditionsHeading);
  if (letter.conditions.length > 0) {
    w.paragraph(t.conditionsIntro);
    w.numbered(letter.conditions);
  } else {
    w.paragraph(t.noConditions);
  }

  w.heading(t.reportingHeading);
  w.paragraph(t.reporting(formatDate(letter.reportingDeadline), letter.caseNumber));
  w.heading(t.paymentHeading);
  w.paragraph(t.payment(formatDate(letter.acceptance.deadline)));

  writeClosing(w, letter, context, t.attachment);
  w.doc.addPage();
  writeAcceptanceForm(w, letter, context);
}

/** Bekreftelse (§ 10): the grant is paid only when this page comes back filled in and signed. */
function writeAcceptanceForm(w: LetterWriter, letter: GrantLetter, { sender, t }: LetterContext) {
  w.title(t.acceptanceTitle, t.acceptanceSubtitle(formatDate(letter.date), letter.caseNumber));
  w.panel(t.acceptanceReturn(sender.name, formatDate(letter.acceptance.deadline)));
  const grant = grantFacts(letter, t);
  w.facts([
    { label: t.recipient, value: letter.recipient.name },
    { label: t.organisationNumber, value: formatOrganisationNumber(letter.recipient.organisationNumber) },
    grant.measure,
    grant.amount,
    grant.period,
  ]);
  w.paragraph(t.acceptanceStatement);
  w.heading(t.acceptanceTermsHeading);
  w.paragraph(letter.acceptance.terms);
  w.heading(t.fillInHeading);
  w.space(6);
  w.fields([
    [t.accountNumberField, t.costCentreField],
    [t.nameField, t.titleField],
    [t.placeAndDateField, t.signatureField],
  ]);
}
