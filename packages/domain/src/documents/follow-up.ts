import { z } from 'zod';
import { Deadline } from '../calls/deadline.js';
import { deprecated } from '../deprecation.js';
import {
  accountNumber,
  isoDate,
  isoDateTime,
  nok,
  organisationNumber,
  shortText,
  slug,
  text,
} from '../primitives.js';
import { signatures } from '../signing/signature.js';
import { Authority, CaseReference, header, SignatureV1 } from './common.js';

/** Why an amount is withheld from a payment: only last year's transferred unused funds (§ 10). */
const DEDUCTION_REASONS = ['overfort-fra-fjoraret'] as const;

const acceptanceFields = {
  id: slug({
    title: 'Bekreftelsens id',
    description: 'Unik id for bekreftelsen: små bokstaver a–z, sifre og bindestrek',
  }),
  case: CaseReference,
  acceptsTerms: z.boolean().meta({
    title: 'Vi aksepterer vilkårene i tilskuddsbrevet',
    description: 'Tilskuddet bortfaller om vilkårene ikke oppfylles (§ 13)',
  }),
  accountNumber: accountNumber({
    title: 'Kontonummer for utbetaling',
    description: 'Kontonummeret tilskuddet skal utbetales til, elleve sifre',
  }),
  costCentre: shortText({
    title: 'Eget koststed for tiltaket',
    description: 'Det skal føres eget prosjektregnskap med eget koststed (§ 11)',
  }),
};

/**
 * Bekreftelse: the recipient fills in, signs and returns it; only then is the grant paid (§ 10). Version 2:
 * signed in the system by a person with the municipality's authority (`municipal-executive`), returned
 * (`submittedAt`) when signed; the amount deprecated in 0.2.0 is gone (it is the grant letter's).
 */
export const Acceptance = z
  .object({
    ...header('acceptance', 2),
    ...acceptanceFields,
    signatures: signatures(
      'Kommunedirektøren/rådmannen, eller en annen med fullmakt til å forplikte kommunen, signerer i løsningen (§ 10); settes av løsningen',
    ).optional(),
    submittedAt: isoDateTime({
      title: 'Returnert',
      description: 'Settes når den signerte bekreftelsen sendes tilbake til statsforvalteren',
    }).optional(),
  })
  .strict()
  .meta({ title: 'Bekreftelse av tilskudd' });
export type Acceptance = z.infer<typeof Acceptance>;

/** Version 1, with a typed signature and the deprecated amount; frozen. Migrate with migrateDocument. */
export const AcceptanceV1 = z
  .object({
    ...header('acceptance'),
    id: acceptanceFields.id,
    case: CaseReference,
    acceptedAmount: deprecated(
      nok({ title: 'Tilskudd som mottas (kr)', description: 'Beløpet i tilskuddsbrevet' }),
      {
        since: '1.0.0',
        reason:
          'beløpet står i tilskuddsbrevet, og bekreftelsen viser til saken; feltet fjernes i neste hovedversjon',
      },
    ).optional(),
    acceptsTerms: acceptanceFields.acceptsTerms,
    accountNumber: acceptanceFields.accountNumber,
    costCentre: acceptanceFields.costCentre,
    signature: SignatureV1.meta({
      title: 'Signert av',
      description: 'Den som har fullmakt til å forplikte kommunen',
    }),
  })
  .strict()
  .meta({ title: 'Bekreftelse av tilskudd' });
export type AcceptanceV1 = z.infer<typeof AcceptanceV1>;

/** Utbetaling. Unused funds transferred from last year are deducted from this year's payment (§ 10). */
export const Payment = z
  .object({
    ...header('payment'),
    id: slug({
      title: 'Utbetalingens id',
      description: 'Unik id for utbetalingen: små bokstaver a–z, sifre og bindestrek',
    }),
    case: CaseReference,
    payer: Authority.meta({
      title: 'Utbetalt av',
      description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 10)',
    }),
    paidOn: isoDate({ title: 'Utbetalingsdato', description: 'Datoen pengene ble utbetalt' }),
    grantedAmount: nok({
      title: 'Tilskudd etter tilskuddsbrevet (kr)',
      description: 'Tilskuddet slik det står i tilskuddsbrevet, før fratrekk',
    }),
    deductions: z
      .array(
        z
          .object({
            reason: z.enum(DEDUCTION_REASONS).meta({
              title: 'Årsak',
              description: 'Hvorfor beløpet trekkes fra: ubenyttede midler overført fra fjoråret (§ 10)',
            }),
            fromYear: z.int().min(2000).max(2100).meta({
              title: 'Fra år',
              description: 'Tilskuddsåret midlene ble overført fra, for eksempel 2023',
            }),
            amount: nok({ title: 'Beløp (kr)', description: 'Beløpet som trekkes fra, i hele kroner' }),
          })
          .strict()
          .meta({ title: 'Fratrekk' }),
      )
      .max(DEDUCTION_REASONS.length)
      .meta({ title: 'Fratrekk', description: 'Ubenyttede midler overført fra fjoråret (§ 10)' }),
    amount: nok({ title: 'Utbetalt (kr)', description: 'Tilskudd minus fratrekk' }),
    accountNumber: accountNumber({
      title: 'Kontonummer',
      description: 'Kontonummeret tilskuddet er utbetalt til, elleve sifre',
    }),
  })
  .strict()
  .meta({ title: 'Utbetaling' });
export type Payment = z.infer<typeof Payment>;

/** Søknad om overføring av ubenyttede midler til neste år (§ 10). */
export const TransferRequest = z
  .object({
    ...header('transfer-request'),
    id: slug({
      title: 'Forespørselens id',
      description: 'Unik id for forespørselen: små bokstaver a–z, sifre og bindestrek',
    }),
    case: CaseReference,
    fromYear: z.int().min(2000).max(2100).meta({
      title: 'Overføres fra år',
      description: 'Tilskuddsåret de ubenyttede midlene ble gitt for',
    }),
    amount: nok({
      title: 'Beløp som ønskes overført (kr)',
      description: 'Høyst det statusrapporten viser som ubenyttet, i hele kroner (§ 10)',
    }),
    reason: text(
      {
        title: 'Hvorfor midlene ikke er brukt',
        description: 'For eksempel sen oppstart eller at en stilling har stått ledig en periode',
      },
      4000,
    ),
    plannedUse: text(
      { title: 'Planlagt bruk neste år', description: 'Hva midlene skal brukes til i tiltaket neste år' },
      4000,
    ),
    requestedOn: isoDate({ title: 'Dato', description: 'Datoen forespørselen sendes statsforvalteren' }),
    decision: z
      .object({
        approved: z.boolean().meta({
          title: 'Godkjent',
          description: 'Om statsforvalteren godkjenner overføringen',
        }),
        approvedAmount: nok({
          title: 'Godkjent beløp (kr)',
          description: 'Beløpet som kan overføres, høyst det som er søkt; 0 ved avslag',
        }),
        decidedOn: isoDate({
          title: 'Beslutningsdato',
          description: 'Datoen statsforvalteren avgjorde forespørselen',
        }),
      })
      .strict()
      .optional()
      .meta({
        title: 'Beslutning om overføring',
        description:
          'Fylles ut av statsforvalteren; overførte midler trekkes fra neste års utbetaling (§ 10)',
      }),
  })
  .strict()
  .meta({ title: 'Overføring av ubenyttede midler' });
export type TransferRequest = z.infer<typeof TransferRequest>;

/** An office's recorded extension of a call's deadline, for all its applicants or for one. */
export const DeadlineExtension = z
  .object({
    ...header('deadline-extension'),
    id: slug({ title: 'Id', description: 'Unik id for utsettelsen: små bokstaver a–z, sifre og bindestrek' }),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen med fristen som utsettes' }),
    grantedBy: Authority.meta({
      title: 'Gitt av',
      description: 'Myndigheten som gir utsettelsen; den gjelder bare søknader som sendes dit',
    }),
    appliesTo: z
      .discriminatedUnion('scope', [
        z
          .object({
            scope: z.literal('all').meta({
              title: 'Omfang',
              description: '«all»: alle søkere som sender søknaden til denne myndigheten',
            }),
          })
          .strict()
          .meta({ title: 'Alle søkere hos denne myndigheten' }),
        z
          .object({
            scope: z.literal('applicant').meta({
              title: 'Omfang',
              description: '«applicant»: bare søkeren med organisasjonsnummeret som er oppgitt',
            }),
            organisationNumber: organisationNumber({
              title: 'Organisasjonsnummer',
              description: 'Organisasjonsnummeret til Nav-kontoret som får utsatt frist, ni sifre',
            }),
          })
          .strict()
          .meta({ title: 'Én søker' }),
      ])
      .meta({ title: 'Gjelder', description: 'Alle søkere hos myndigheten, eller én søker' }),
    deadline: Deadline.meta({
      title: 'Ny frist',
      description: 'Den utsatte fristen, senere enn utlysningens frist',
    }),
    reason: text({ title: 'Begrunnelse', description: 'Hvorfor fristen utsettes' }, 2000),
    recordedOn: isoDate({ title: 'Registrert', description: 'Datoen utsettelsen ble registrert' }),
  })
  .strict()
  .meta({ title: 'Utsatt søknadsfrist' });
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;
