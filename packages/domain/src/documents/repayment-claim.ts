import { z } from 'zod';
import { FORMATS } from '../formats.js';
import { accountNumber, isoDate, MAX_AMOUNT, shortText, slug, text } from '../primitives.js';
import { Authority, CaseReference, header } from './common.js';

export const REPAYMENT_REASONS = {
  'ikke-godkjent-overfort': 'Ubenyttede midler som ikke er godkjent for overføring (§ 10)',
  'brukt-i-strid-med-regelverket': 'Midler benyttet i strid med regelverket (§ 10)',
  'for-mye-utbetalt': 'For mye utbetalt tilskudd (§ 10)',
  bortfall: 'Tilskuddet er bortfalt (§ 13)',
} as const;
type RepaymentReason = keyof typeof REPAYMENT_REASONS;
const REPAYMENT_REASON_IDS = Object.keys(REPAYMENT_REASONS) as [RepaymentReason, ...RepaymentReason[]];

const recipient = z.enum(['county-office', 'directorate']).meta({
  title: 'Betales til',
  description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet når for mye er utbetalt (§ 10)',
});

function claim<V extends number, P extends z.ZodType>(version: V, payTo: P) {
  return z
    .object({
      ...header('repayment-claim', version),
      id: slug({
        title: 'Kravets id',
        description: 'Unik id for kravet: små bokstaver a–z, sifre og bindestrek',
      }),
      case: CaseReference,
      claimedBy: Authority.meta({
        title: 'Krevd av',
        description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk',
      }),
      reason: z
        .enum(REPAYMENT_REASON_IDS)
        .meta({ title: 'Årsak', description: 'Hvorfor tilskuddet kreves tilbake (§ 10, § 13)' }),
      explanation: text(
        { title: 'Begrunnelse', description: 'Hva kravet gjelder, og hvordan beløpet er regnet ut' },
        4000,
      ),
      amount: z
        .int()
        .min(1)
        .max(MAX_AMOUNT)
        .meta({ title: 'Beløp (kr)', description: 'Beløpet som skal betales tilbake, i hele kroner' }),
      dueOn: isoDate({ title: 'Forfallsdato', description: 'Siste dag for betaling, etter kravets dato' }),
      issuedOn: isoDate({ title: 'Dato', description: 'Datoen kravet sendes' }),
      payTo,
    })
    .strict()
    .meta({ title: 'Krav om tilbakebetaling' });
}

/** § 10: a repayment quotes chapter, post and scheme, so the directorate can book it. */
export const BudgetReference = z
  .object({
    chapter: z
      .string()
      .regex(FORMATS.fourDigits.pattern)
      .meta({ title: 'Kapittel', description: 'Statsbudsjettets kapittel, for eksempel 0621' }),
    post: z
      .string()
      .regex(FORMATS.twoDigits.pattern)
      .meta({ title: 'Post', description: 'Posten under kapitlet, for eksempel 63' }),
    scheme: shortText({ title: 'Ordning', description: 'Tilskuddsordningens navn' }),
  })
  .strict()
  .meta({ id: 'BudgetReference', title: 'Referanse', description: 'Kapittel, post og ordning (§ 10)' });

/** Krav om tilbakebetaling, version 2: the § 10 reference is structured, not free text. */
export const RepaymentClaim = claim(
  2,
  z
    .object({
      recipient,
      accountNumber: accountNumber({
        title: 'Kontonummer',
        description: 'Kontonummeret beløpet skal betales til, elleve sifre',
      }),
      reference: BudgetReference,
    })
    .strict()
    .meta({ title: 'Betaling', description: 'Hvor og hvordan beløpet skal betales tilbake (§ 10)' }),
);
export type RepaymentClaim = z.infer<typeof RepaymentClaim>;

/** Version 1, as released in 0.1.0; frozen (a test compares it with the released schema). Migrate with migrateDocument. */
export const RepaymentClaimV1 = claim(
  1,
  z
    .object({
      recipient,
      accountNumber: accountNumber({
        title: 'Kontonummer',
        description: 'Kontonummeret beløpet skal betales til, elleve sifre',
      }),
      reference: shortText({
        title: 'Referanse',
        description:
          'Kapittel, post og ordning, for eksempel «kap. 0621 post 63 Utvikling av sosiale tjenester»',
      }),
    })
    .strict()
    .meta({ title: 'Betaling', description: 'Hvor og hvordan beløpet skal betales tilbake (§ 10)' }),
);
export type RepaymentClaimV1 = z.infer<typeof RepaymentClaimV1>;
