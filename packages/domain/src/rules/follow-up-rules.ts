import { deadlineEnd } from '../calls/deadline.js';
import { osloDate } from '../calls/oslo-time.js';
import type { Authority } from '../documents/common.js';
import type { Acceptance, DeadlineExtension, Payment, TransferRequest } from '../documents/follow-up.js';
import type { RepaymentClaim } from '../documents/repayment-claim.js';
import { transferAskedFor } from '../documents/reports.js';
import { formatAccountNumber } from '../identifiers/account-number.js';
import { namesScheme, SCHEMES } from '../reference/schemes.js';
import { signatureDate } from '../signing/verify.js';
import { CASE_AUTHORITY_MISMATCH, caseAuthority, wrongAuthority } from './authority.js';
import { formatNok } from './issue.js';
import { at, defineRule, NOT_CHECKED, type RuleInput } from './rule.js';
import { SIGNING_RULES } from './signing-rules.js';

const acceptsTerms = defineRule<Acceptance>({
  code: 'ACCEPTANCE_TERMS_NOT_ACCEPTED',
  source: '§ 10',
  summary: 'Bekreftelsen aksepterer vilkårene i tilskuddsbrevet.',
  messages: {
    nb: () => 'Vilkårene i tilskuddsbrevet må aksepteres før tilskuddet kan utbetales (§ 10)',
    nn: () => 'Vilkåra i tilskotsbrevet må aksepterast før tilskotet kan betalast ut (§ 10)',
  },
  check: ({ doc }) => (doc.acceptsTerms ? [] : [at(['acceptsTerms'])]),
});

const acceptanceLate = defineRule<Acceptance>({
  code: 'ACCEPTANCE_LATE',
  limit: 'date',
  source: '§ 10 og tilskuddsbrevet',
  summary: 'Bekreftelsen er signert og returnert innen fristen i tilskuddsbrevet (datoen i norsk tid).',
  needs: ['grantLetter'],
  when: ({ doc }) => doc.submittedAt !== undefined,
  messages: {
    nb: (p) => `Bekreftelsen er returnert ${p.returned}, etter fristen ${p.deadline}`,
    nn: (p) => `Stadfestinga er returnert ${p.returned}, etter fristen ${p.deadline}`,
  },
  check: ({ doc, context }) => {
    const deadline = context.grantLetter?.acceptance.deadline;
    const returned = osloDate(doc.submittedAt as string);
    return deadline && returned > deadline ? [at(['submittedAt'], { deadline, returned })] : [];
  },
});

export const ACCEPTANCE_RULES = [acceptsTerms, acceptanceLate, ...SIGNING_RULES];

/** What is withheld from a payment: last year's transferred unused funds (§ 10). */
const deducted = (payment: Payment) => payment.deductions.reduce((s, d) => s + d.amount, 0);

const paymentTotal = defineRule<Payment>({
  code: 'PAYMENT_TOTAL_MISMATCH',
  source: '§ 10',
  summary: 'Utbetalt beløp er tilskuddet minus fratrekkene.',
  messages: {
    nb: (p) => `Utbetalt beløp må være tilskuddet minus fratrekk: ${p.expected}`,
    nn: (p) => `Utbetalt beløp må vere tilskotet minus fråtrekk: ${p.expected}`,
  },
  check: ({ doc }) => {
    const expected = doc.grantedAmount - deducted(doc);
    return doc.amount === expected ? [] : [at(['amount'], { expected: formatNok(expected) })];
  },
});

const paymentBeforeAcceptance = defineRule<Payment>({
  code: 'PAYMENT_BEFORE_ACCEPTANCE',
  limit: 'date',
  source: '§ 10 (tilskuddet utbetales når bekreftelsen er returnert)',
  summary:
    'Tilskuddet utbetales først når bekreftelsen er returnert, med vilkårene akseptert og signert av kommunedirektøren/rådmannen eller en annen med fullmakt for kommunen, senest på utbetalingsdagen.',
  needs: ['acceptance'],
  messages: {
    nb: () =>
      'Tilskuddet kan ikke utbetales før kommunen har signert og returnert bekreftelsen (§ 10): den må være signert av kommunedirektøren/rådmannen',
    nn: () =>
      'Tilskotet kan ikkje betalast ut før kommunen har signert og returnert stadfestinga (§ 10): ho må vere signert av kommunedirektøren/rådmannen',
  },
  check: ({ doc, context }) => {
    const acceptance = context.acceptance;
    const signed = acceptance?.signatures?.some(
      (s) => s.role === 'municipal-executive' && signatureDate(s) <= doc.paidOn,
    );
    return acceptance?.acceptsTerms && signed ? [] : [at(['paidOn'])];
  },
});

const paymentDeductsTransfer = defineRule<Payment>({
  code: 'PAYMENT_TRANSFER_NOT_DEDUCTED',
  source: '§ 10 (overførte midler kommer til fratrekk ved utbetaling av neste års tilskudd)',
  summary: 'Ubenyttede midler som er godkjent overført fra fjoråret, trekkes fra utbetalingen.',
  needs: ['previousTransfer'],
  messages: {
    nb: (p) =>
      `Overførte midler fra fjoråret (${p.expected}) skal trekkes fra utbetalingen, fratrukket er ${p.actual}`,
    nn: (p) =>
      `Overførte midlar frå i fjor (${p.expected}) skal trekkjast frå utbetalinga, fråtrekt er ${p.actual}`,
  },
  check: ({ doc, context }) => {
    const transfer = context.previousTransfer;
    const expected = transfer?.decision?.approved ? transfer.decision.approvedAmount : 0;
    const actual = deducted(doc);
    return actual === expected
      ? []
      : [at(['deductions'], { expected: formatNok(expected), actual: formatNok(actual) })];
  },
});

/** § 10: what the letter grants, less what is already paid on the case, is the most a payment can be. */
const paymentExceedsGrant = defineRule<Payment>({
  code: 'PAYMENT_EXCEEDS_GRANT',
  limit: 'amount',
  source: '§ 10 (tilskuddet i tilskuddsbrevet utbetales)',
  summary:
    'En utbetaling er ikke større enn tilskuddet i tilskuddsbrevet minus det som alt er utbetalt i saken, og oppgir ikke et større tilskudd enn brevet.',
  needs: ['grantLetter'],
  messages: {
    nb: (p) =>
      `${p.what} ${p.amount} er mer enn tilskuddsbrevet gir: høyst ${p.limit} (tilskudd ${p.granted}, alt utbetalt ${p.paid})`,
    nn: (p) =>
      `${p.whatNn} ${p.amount} er meir enn tilskotsbrevet gir: høgst ${p.limit} (tilskot ${p.granted}, alt utbetalt ${p.paid})`,
  },
  check: ({ doc, context }) => {
    const letter = context.grantLetter;
    if (!letter) return [];
    const earlier = context.previousPayments ?? [];
    const paid = earlier.reduce((s, p) => s + p.amount, 0);
    const money = { granted: formatNok(letter.amount), paid: formatNok(paid) };
    const findings = [];
    if (doc.grantedAmount > letter.amount)
      findings.push(
        at(['grantedAmount'], {
          ...money,
          what: 'Oppgitt tilskudd',
          whatNn: 'Oppgitt tilskot',
          amount: formatNok(doc.grantedAmount),
          limit: formatNok(letter.amount),
        }),
      );
    const limit = letter.amount - paid;
    if (doc.amount > limit)
      findings.push(
        at(['amount'], {
          ...money,
          what: 'Utbetalingen',
          whatNn: 'Utbetalinga',
          amount: formatNok(doc.amount),
          limit: formatNok(limit),
        }),
      );
    // Within the letter alone, but what was paid before is not known: not judged.
    return findings.length === 0 && context.previousPayments === undefined ? NOT_CHECKED : findings;
  },
});

/** § 10: the grant goes to the account the recipient confirmed in the signed acceptance. */
const paymentAccount = defineRule<Payment>({
  code: 'PAYMENT_ACCOUNT_MISMATCH',
  source: '§ 10 (utbetales når bekreftelsen er fylt ut, signert og returnert)',
  summary: 'Tilskuddet utbetales til kontonummeret mottakeren bekreftet i den signerte bekreftelsen.',
  needs: ['acceptance'],
  // Without an acceptance there is no account to compare with: PAYMENT_BEFORE_ACCEPTANCE says so.
  when: ({ context }) => context.acceptance !== null,
  messages: {
    nb: (p) => `Tilskuddet skal utbetales til kontoen i bekreftelsen, ${p.expected}`,
    nn: (p) => `Tilskotet skal betalast ut til kontoen i stadfestinga, ${p.expected}`,
  },
  check: ({ doc, context }) => {
    const confirmed = context.acceptance?.accountNumber;
    return confirmed && doc.accountNumber !== confirmed
      ? [at(['accountNumber'], { expected: formatAccountNumber(confirmed) })]
      : [];
  },
});

/** The authority of the case: from the application, or else from the letter its grant came in. */
function authorityOfCase(context: RuleInput<unknown>['context']): Authority | undefined {
  if (context.application) return caseAuthority(context.application);
  return context.grantLetter?.issuer;
}

/** § 10: the office that decided pays (the directorate for a national trial). */
const paymentAuthority = defineRule<Payment>({
  ...CASE_AUTHORITY_MISMATCH,
  check: ({ doc, context }) => {
    const expected = authorityOfCase(context);
    return expected ? wrongAuthority(doc.payer, expected, ['payer'], doc.paidOn) : NOT_CHECKED;
  },
});

export const PAYMENT_RULES = [
  paymentTotal,
  paymentBeforeAcceptance,
  paymentDeductsTransfer,
  paymentExceedsGrant,
  paymentAccount,
  paymentAuthority,
];

const transferExceedsUnused = defineRule<TransferRequest>({
  code: 'TRANSFER_EXCEEDS_UNUSED',
  limit: 'amount',
  source: '§ 10',
  summary: 'Det søkes ikke overført mer enn statusrapporten viser som ubenyttet.',
  needs: ['statusReport'],
  messages: {
    nb: (p) => `Det kan ikke overføres mer enn ubenyttede midler i statusrapporten (${p.unused})`,
    nn: (p) => `Det kan ikkje overførast meir enn ubrukte midlar i statusrapporten (${p.unused})`,
  },
  check: ({ doc, context }) => {
    if (!context.statusReport) return [];
    const unused = transferAskedFor(context.statusReport);
    return doc.amount > unused ? [at(['amount'], { unused: formatNok(unused) })] : [];
  },
});

const transferApprovedExceedsRequested = defineRule<TransferRequest>({
  code: 'TRANSFER_APPROVED_EXCEEDS_REQUESTED',
  limit: 'amount',
  source: '§ 10',
  summary: 'Godkjent overføring er ikke større enn det som ble søkt overført, og et avslag godkjenner null.',
  messages: {
    nb: () =>
      'Godkjent beløp kan ikke være større enn søkt beløp, og må være 0 når overføringen ikke er godkjent',
    nn: () =>
      'Godkjent beløp kan ikkje vere større enn søkt beløp, og må vere 0 når overføringa ikkje er godkjend',
  },
  check: ({ doc }) => {
    const d = doc.decision;
    if (!d) return [];
    return d.approvedAmount > doc.amount || (!d.approved && d.approvedAmount > 0)
      ? [at(['decision', 'approvedAmount'])]
      : [];
  },
});

export const TRANSFER_RULES = [transferExceedsUnused, transferApprovedExceedsRequested];

const repaymentReference = defineRule<RepaymentClaim>({
  code: 'REPAYMENT_REFERENCE_MISSING',
  source: '§ 10 (med referanse til kapittel, post og ordning)',
  summary: 'Tilbakebetalingen viser til ordningens kapittel, post og navn.',
  needs: ['call'],
  messages: {
    nb: (p) => `Referansen må være kapittel ${p.chapter} post ${p.post}, ordningen «${p.scheme}» (§ 10)`,
    nn: (p) => `Referansen må vere kapittel ${p.chapter} post ${p.post}, ordninga «${p.scheme}» (§ 10)`,
  },
  check: ({ doc, call }) => {
    if (!call) return [];
    const scheme = SCHEMES[call.schemeId];
    const { chapter, post } = doc.payTo.reference;
    const params = {
      chapter: scheme.budgetChapter ?? '?',
      post: scheme.budgetPost ?? '?',
      scheme: scheme.title,
    };
    const findings = [];
    if (!namesScheme(doc.payTo.reference.scheme, scheme))
      findings.push(at(['payTo', 'reference', 'scheme'], params));
    // Chapter and post the sources do not give (kommunalt rusarbeid) cannot be judged, only listed.
    if (!scheme.budgetChapter || !scheme.budgetPost) return findings.length ? findings : NOT_CHECKED;
    if (chapter !== scheme.budgetChapter) findings.push(at(['payTo', 'reference', 'chapter'], params));
    else if (post !== scheme.budgetPost) findings.push(at(['payTo', 'reference', 'post'], params));
    return findings;
  },
});

/** § 10: the office that paid (the directorate for a national trial) claims the money back. */
const repaymentAuthority = defineRule<RepaymentClaim>({
  ...CASE_AUTHORITY_MISMATCH,
  check: ({ doc, context }) => {
    const expected = authorityOfCase(context);
    return expected ? wrongAuthority(doc.claimedBy, expected, ['claimedBy'], doc.issuedOn) : NOT_CHECKED;
  },
});

const overpaymentToDirectorate = defineRule<RepaymentClaim>({
  code: 'REPAYMENT_OVERPAYMENT_RECIPIENT',
  source: '§ 10 (for mye utbetalt tilskudd returneres til Arbeids- og velferdsdirektoratet)',
  summary: 'For mye utbetalt tilskudd betales tilbake til direktoratet.',
  messages: {
    nb: () => 'For mye utbetalt tilskudd skal returneres til Arbeids- og velferdsdirektoratet (§ 10)',
    nn: () => 'For mykje utbetalt tilskot skal returnerast til Arbeids- og velferdsdirektoratet (§ 10)',
  },
  check: ({ doc }) =>
    doc.reason === 'for-mye-utbetalt' && doc.payTo.recipient !== 'directorate'
      ? [at(['payTo', 'recipient'])]
      : [],
});

const repaymentDue = defineRule<RepaymentClaim>({
  code: 'REPAYMENT_DUE_BEFORE_ISSUE',
  limit: 'date',
  source: '§ 10',
  summary: 'Forfallsdatoen er etter kravets dato.',
  messages: {
    nb: () => 'Forfallsdatoen må være etter kravets dato',
    nn: () => 'Forfallsdatoen må vere etter datoen for kravet',
  },
  check: ({ doc }) => (doc.dueOn <= doc.issuedOn ? [at(['dueOn'])] : []),
});

export const REPAYMENT_RULES = [
  repaymentReference,
  overpaymentToDirectorate,
  repaymentDue,
  repaymentAuthority,
];

const extensionLater = defineRule<DeadlineExtension>({
  code: 'EXTENSION_NOT_LATER',
  limit: 'date',
  source: 'Utlysningen (statsforvalteren kan utsette fristen)',
  summary: 'En utsatt frist er senere enn utlysningens frist.',
  needs: ['call'],
  messages: {
    nb: (p) => `Den nye fristen må være senere enn utlysningens frist ${p.deadline}`,
    nn: (p) => `Den nye fristen må vere seinare enn fristen ${p.deadline} i utlysinga`,
  },
  check: ({ doc, call }) =>
    call && deadlineEnd(doc.deadline) <= deadlineEnd(call.applicationDeadline)
      ? [at(['deadline'], { deadline: call.applicationDeadline.date })]
      : [],
});

export const EXTENSION_RULES = [extensionLater];
