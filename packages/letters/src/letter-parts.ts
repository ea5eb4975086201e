import { type Call, type GrantLetter, type RejectionLetter, SCHEMES } from '@sosialtilskudd/domain';
import { formatAmount, formatDate, formatOrganisationNumber, formatPeriod, joinSections } from './format.js';
import { COLOR, type Fact, type LetterWriter, SIZE } from './pdf/writer.js';
import type { Sender } from './sender.js';
import type { LetterTexts } from './texts.js';

/** What every part of a letter needs beside the letter itself. */
export interface LetterContext {
  call: Call;
  sender: Sender;
  t: LetterTexts;
}

type Letter = GrantLetter | RejectionLetter;

/** Sender, recipient's address block, date and references, then the title: the head of page one. */
export function writeLetterhead(
  w: LetterWriter,
  letter: Letter,
  { call, sender, t }: LetterContext,
  title: string,
) {
  const { doc } = w;
  w.style('semibold', 15, COLOR.accent);
  doc.text(sender.name, w.left, doc.page.margins.top - 14, { width: w.width });
  w.space(6);
  w.rule(COLOR.accent, 1.2);

  const blockTop = doc.y + 30;
  const { recipient } = letter;
  w.style('semibold', SIZE.body, COLOR.text);
  doc.text(recipient.name, w.left, blockTop, { width: 240 });
  w.style('regular', SIZE.body, COLOR.text);
  doc.text(`${recipient.address.street}\n${recipient.address.postalCode} ${recipient.address.city}`, {
    width: 240,
  });
  w.space(3);
  w.style('regular', SIZE.small, COLOR.muted);
  doc.text(`${t.organisationNumberShort} ${formatOrganisationNumber(recipient.organisationNumber)}`, {
    width: 240,
  });
  const addressBottom = doc.y;

  const labelWidth = 72;
  const valueWidth = 120;
  const metaLeft = w.left + w.width - labelWidth - valueWidth;
  let y = blockTop;
  for (const [label, value] of [
    [t.ourDate, formatDate(letter.date)],
    [t.ourReference, letter.caseNumber],
    [t.caseworker, letter.signedBy],
  ] as const) {
    w.style('regular', SIZE.small, COLOR.muted);
    doc.text(label, metaLeft, y + 1, { width: labelWidth });
    w.style('regular', 10, COLOR.text);
    doc.text(value, metaLeft + labelWidth, y, { width: valueWidth });
    y = doc.y + 3;
  }

  doc.y = Math.max(addressBottom, y) + 40;
  w.title(title, call.title);
}

/** The grant as the letter and its acceptance form both state it. */
export function grantFacts(
  letter: GrantLetter,
  t: LetterTexts,
): Record<'measure' | 'amount' | 'period', Fact> {
  return {
    measure: { label: t.measure, value: letter.measureName },
    amount: { label: t.amount, value: formatAmount(letter.amount), strong: true },
    period: { label: t.period, value: formatPeriod(letter.period.from, letter.period.to) },
  };
}

function legalBasis({ regulationId, sections }: Letter['legalBasis']): string {
  const regulation = Object.values(SCHEMES).find((s) => s.regulation?.id === regulationId)?.regulation;
  const named = regulation ? `${regulation.title} (${regulationId})` : regulationId;
  return `${named}, ${joinSections(sections)}.`;
}

/** Legal basis, the § 9 statement exactly as the letter holds it, and the signature. */
export function writeClosing(
  w: LetterWriter,
  letter: Letter,
  { sender, t }: LetterContext,
  attachment?: string,
) {
  w.heading(t.legalBasisHeading);
  w.paragraph(legalBasis(letter.legalBasis));
  w.heading(t.appealHeading);
  w.paragraph(letter.noAppealStatement);

  w.style('regular', SIZE.body, COLOR.text);
  w.keep(120);
  w.space(16);
  w.text(t.regards);
  w.space(14);
  w.text(letter.signedBy);
  w.text(sender.name);
  w.space(12);
  w.paragraph(t.approvedElectronically, { font: 'italic', color: COLOR.muted, size: SIZE.small });
  if (attachment) {
    w.space(6);
    w.paragraph(attachment);
  }
}
