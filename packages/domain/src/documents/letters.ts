import { z } from 'zod';
import { caseNumber, isoDate, nok, shortText, slug, text } from '../primitives.js';
import { Authority, header, NavOffice } from './common.js';

/** § 9: the decision is not an individual decision and cannot be appealed; every letter must say so. */
export const NO_APPEAL_STATEMENT =
  'Tildeling av/avslag på tilskudd under ordningen er ikke enkeltvedtak etter forvaltningsloven, og det er ikke klagerett på avgjørelsen (jf. forskriften § 9).';

const LegalBasis = z
  .object({
    regulationId: shortText({
      title: 'Forskrift',
      description: 'Lovdatas id, for eksempel FOR-2020-12-15-2787',
    }),
    sections: z
      .array(z.string().regex(/^§ \d+$/))
      .min(1)
      .meta({ title: 'Paragrafer', description: 'For eksempel § 5 og § 8' }),
  })
  .strict()
  .meta({ id: 'LegalBasis', title: 'Hjemmel' });

const letterHeader = {
  id: slug({ title: 'Brevets id' }),
  caseNumber: caseNumber(),
  callId: slug({ title: 'Utlysning' }),
  applicationId: slug({ title: 'Søknadens id' }),
  issuer: Authority.meta({ title: 'Avsender' }),
  recipient: NavOffice.meta({ title: 'Mottaker', description: 'Kommunen i Nav-kontoret' }),
  measureName: shortText({ title: 'Tiltakets navn' }),
  date: isoDate({ title: 'Brevdato' }),
  legalBasis: LegalBasis,
  noAppealStatement: text({ title: 'Klageadgang', description: 'Forskriften § 9' }, 1000),
  signedBy: shortText({ title: 'Saksbehandler' }),
};

/** Tilskuddsbrev (§ 8, § 10): amount, period, conditions, reporting deadline and the acceptance to return. */
export const GrantLetter = z
  .object({
    ...header('grant-letter'),
    ...letterHeader,
    amount: nok({ title: 'Tilskudd (kr)' }),
    grantedPositions: nok({ title: 'Herav stillinger (kr)' }),
    grantedCompetenceFunds: nok({ title: 'Herav kompetansemidler (kr)' }),
    period: z
      .object({
        from: isoDate({ title: 'Fra' }),
        to: isoDate({ title: 'Til' }),
      })
      .strict()
      .meta({ title: 'Tilskuddsperiode', description: 'Tilskudd gis for ett år av gangen (§ 5)' }),
    conditions: z.array(text({ title: 'Vilkår' }, 2000)).meta({ title: 'Vilkår' }),
    reportingDeadline: isoDate({
      title: 'Frist for status- og regnskapsrapport',
      description: 'Fra utlysningen (§ 11)',
    }),
    acceptance: z
      .object({
        deadline: isoDate({ title: 'Frist for å returnere bekreftelsen' }),
        terms: text({ title: 'Vilkår for utbetaling' }, 4000),
      })
      .strict()
      .meta({
        title: 'Bekreftelse',
        description:
          'Tilskuddet utbetales når mottaker har fylt ut, signert og returnert bekreftelsen (§ 10)',
      }),
  })
  .strict()
  .meta({ title: 'Tilskuddsbrev' });
export type GrantLetter = z.infer<typeof GrantLetter>;

export const REJECTION_REASONS = {
  'manglende-rapportering':
    'Manglende status- og regnskapsrapport for foregående år innen fristen (§ 8, § 11)',
  'ikke-prioritert': 'Søknaden er ikke prioritert innenfor rammen (§ 5)',
  'utenfor-ordningen': 'Tiltaket faller utenfor ordningens formål eller det som gis tilskudd til (§ 5)',
  'for-sent': 'Søknaden kom inn etter søknadsfristen',
  'mangelfull-soknad': 'Søknaden mangler opplysninger som kreves (§ 7)',
  annet: 'Annen begrunnelse',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;
const REJECTION_REASON_IDS = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

/** Avslagsbrev (§ 8). */
export const RejectionLetter = z
  .object({
    ...header('rejection-letter'),
    ...letterHeader,
    reasons: z
      .array(
        z
          .object({
            reason: z.enum(REJECTION_REASON_IDS).meta({ title: 'Begrunnelse' }),
            explanation: text({ title: 'Utdyping' }, 4000),
          })
          .strict(),
      )
      .min(1)
      .meta({ title: 'Begrunnelser' }),
  })
  .strict()
  .meta({ title: 'Avslagsbrev' });
export type RejectionLetter = z.infer<typeof RejectionLetter>;

/** The county office's decision on an application, from which the letter is written. */
export const CaseDecision = z
  .object({
    ...header('case-decision'),
    id: slug({ title: 'Vedtakets id' }),
    caseNumber: caseNumber(),
    callId: slug({ title: 'Utlysning' }),
    applicationId: slug({ title: 'Søknadens id' }),
    decidedBy: Authority.meta({ title: 'Besluttet av' }),
    caseworker: shortText({ title: 'Saksbehandler' }),
    decidedOn: isoDate({ title: 'Beslutningsdato' }),
    outcome: z
      .discriminatedUnion('result', [
        z
          .object({
            result: z.literal('granted'),
            amount: nok({ title: 'Tilskudd (kr)' }),
            conditions: z.array(text({ title: 'Vilkår' }, 2000)).meta({ title: 'Vilkår' }),
          })
          .strict()
          .meta({ title: 'Innvilget' }),
        z
          .object({
            result: z.literal('rejected'),
            reasons: z.array(z.enum(REJECTION_REASON_IDS)).min(1).meta({ title: 'Begrunnelser' }),
          })
          .strict()
          .meta({ title: 'Avslått' }),
      ])
      .meta({ title: 'Utfall' }),
    assessment: text({
      title: 'Vurdering',
      description: 'Skjønnsmessig vurdering mot målene for ordningen (§ 5)',
    }),
  })
  .strict()
  .meta({ title: 'Beslutning i sak' });
export type CaseDecision = z.infer<typeof CaseDecision>;
