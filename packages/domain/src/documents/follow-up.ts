import { z } from 'zod';
import { Deadline } from '../calls/deadline.js';
import { deprecated } from '../deprecation.js';
import { accountNumber, isoDate, nok, organisationNumber, shortText, slug, text } from '../primitives.js';
import { Authority, CaseReference, header, Signature } from './common.js';

/** Bekreftelse: the recipient fills in, signs and returns it; only then is the grant paid (§ 10). */
export const Acceptance = z
  .object({
    ...header('acceptance'),
    id: slug({ title: 'Bekreftelsens id' }),
    case: CaseReference,
    acceptedAmount: deprecated(
      nok({ title: 'Tilskudd som mottas (kr)', description: 'Beløpet i tilskuddsbrevet' }),
      {
        since: '0.2.0',
        reason:
          'beløpet står i tilskuddsbrevet, og bekreftelsen viser til saken; feltet fjernes i neste hovedversjon',
      },
    ).optional(),
    acceptsTerms: z.boolean().meta({
      title: 'Vi aksepterer vilkårene i tilskuddsbrevet',
      description: 'Tilskuddet bortfaller om vilkårene ikke oppfylles (§ 13)',
    }),
    accountNumber: accountNumber({ title: 'Kontonummer for utbetaling' }),
    costCentre: shortText({
      title: 'Eget koststed for tiltaket',
      description: 'Det skal føres eget prosjektregnskap med eget koststed (§ 11)',
    }),
    signature: Signature.meta({
      title: 'Signert av',
      description: 'Den som har fullmakt til å forplikte kommunen',
    }),
  })
  .strict()
  .meta({ title: 'Bekreftelse av tilskudd' });
export type Acceptance = z.infer<typeof Acceptance>;

/** Utbetaling. Unused funds transferred from last year are deducted from this year's payment (§ 10). */
export const Payment = z
  .object({
    ...header('payment'),
    id: slug({ title: 'Utbetalingens id' }),
    case: CaseReference,
    payer: Authority.meta({ title: 'Utbetalt av' }),
    paidOn: isoDate({ title: 'Utbetalingsdato' }),
    grantedAmount: nok({ title: 'Tilskudd etter tilskuddsbrevet (kr)' }),
    deductions: z
      .array(
        z
          .object({
            reason: z.enum(['overfort-fra-fjoraret']).meta({ title: 'Årsak' }),
            fromYear: z.int().min(2000).max(2100).meta({ title: 'Fra år' }),
            amount: nok({ title: 'Beløp (kr)' }),
          })
          .strict()
          .meta({ title: 'Fratrekk' }),
      )
      .meta({ title: 'Fratrekk', description: 'Ubenyttede midler overført fra fjoråret (§ 10)' }),
    amount: nok({ title: 'Utbetalt (kr)', description: 'Tilskudd minus fratrekk' }),
    accountNumber: accountNumber({ title: 'Kontonummer' }),
  })
  .strict()
  .meta({ title: 'Utbetaling' });
export type Payment = z.infer<typeof Payment>;

/** Søknad om overføring av ubenyttede midler til neste år (§ 10). */
export const TransferRequest = z
  .object({
    ...header('transfer-request'),
    id: slug({ title: 'Forespørselens id' }),
    case: CaseReference,
    fromYear: z.int().min(2000).max(2100).meta({ title: 'Overføres fra år' }),
    amount: nok({ title: 'Beløp som ønskes overført (kr)' }),
    reason: text({ title: 'Hvorfor midlene ikke er brukt' }, 4000),
    plannedUse: text({ title: 'Planlagt bruk neste år' }, 4000),
    requestedOn: isoDate({ title: 'Dato' }),
    decision: z
      .object({
        approved: z.boolean().meta({ title: 'Godkjent' }),
        approvedAmount: nok({ title: 'Godkjent beløp (kr)' }),
        decidedOn: isoDate({ title: 'Beslutningsdato' }),
      })
      .strict()
      .optional()
      .meta({ title: 'Statsforvalterens beslutning' }),
  })
  .strict()
  .meta({ title: 'Overføring av ubenyttede midler' });
export type TransferRequest = z.infer<typeof TransferRequest>;

/** An office's recorded extension of a call's deadline, for all its applicants or for one. */
export const DeadlineExtension = z
  .object({
    ...header('deadline-extension'),
    id: slug({ title: 'Id' }),
    callId: slug({ title: 'Utlysning' }),
    grantedBy: Authority.meta({ title: 'Gitt av' }),
    appliesTo: z
      .discriminatedUnion('scope', [
        z
          .object({ scope: z.literal('all') })
          .strict()
          .meta({ title: 'Alle søkere hos denne myndigheten' }),
        z
          .object({
            scope: z.literal('applicant'),
            organisationNumber: organisationNumber({ title: 'Organisasjonsnummer' }),
          })
          .strict()
          .meta({ title: 'Én søker' }),
      ])
      .meta({ title: 'Gjelder' }),
    deadline: Deadline.meta({ title: 'Ny frist' }),
    reason: text({ title: 'Begrunnelse' }, 2000),
    recordedOn: isoDate({ title: 'Registrert' }),
  })
  .strict()
  .meta({ title: 'Utsatt søknadsfrist' });
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;
