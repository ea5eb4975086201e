import { z } from 'zod';
import { FORMATS } from '../formats.js';
import { caseNumber, choices, isoDate, nok, shortText, slug, text } from '../primitives.js';
import { Authority, header, NavOffice } from './common.js';
import { MAX_ITEMS } from './list-limits.js';

/** «§ » and eight digits: a regulation has tens of sections, and the pattern alone has no end. */
const MAX_SECTION_LENGTH = 10;

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
      .array(z.string().regex(FORMATS.section.pattern, { abort: true }).max(MAX_SECTION_LENGTH))
      .min(1)
      .max(MAX_ITEMS.legalSections)
      .meta({ title: 'Paragrafer', description: 'For eksempel § 5 og § 8' }),
  })
  .strict()
  .meta({ id: 'LegalBasis', title: 'Hjemmel', description: 'Forskriften og paragrafene brevet bygger på' });

const letterHeader = {
  id: slug({
    title: 'Brevets id',
    description: 'Unik id for brevet: små bokstaver a–z, sifre og bindestrek',
  }),
  caseNumber: caseNumber(),
  callId: slug({ title: 'Utlysning', description: 'Utlysningen søknaden ble sendt under' }),
  applicationId: slug({ title: 'Søknadens id', description: 'Id-en til søknaden brevet svarer på' }),
  issuer: Authority.meta({
    title: 'Avsender',
    description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 8)',
  }),
  recipient: NavOffice.meta({ title: 'Mottaker', description: 'Kommunen i Nav-kontoret' }),
  measureName: shortText({
    title: 'Tiltakets navn',
    description: 'Navnet på tiltaket slik det står i søknaden',
  }),
  date: isoDate({ title: 'Brevdato', description: 'Datoen brevet sendes' }),
  legalBasis: LegalBasis,
  noAppealStatement: text({ title: 'Klageadgang', description: 'Forskriften § 9' }, 1000),
  signedBy: shortText({
    title: 'Saksbehandler',
    description: 'Navnet på saksbehandleren som signerer brevet',
  }),
};

/** Tilskuddsbrev (§ 8, § 10): amount, period, conditions, reporting deadline and the acceptance to return. */
export const GrantLetter = z
  .object({
    ...header('grant-letter'),
    ...letterHeader,
    amount: nok({
      title: 'Tilskudd (kr)',
      description: 'Samlet tilskudd i hele kroner: stillinger pluss kompetansemidler',
    }),
    grantedPositions: nok({
      title: 'Herav stillinger (kr)',
      description: 'Den delen av tilskuddet som går til lønn og sosiale utgifter for stillinger',
    }),
    grantedCompetenceFunds: nok({
      title: 'Herav kompetansemidler (kr)',
      description: 'Den delen av tilskuddet som er kompetansemidler; 0 når utlysningen ikke gir dem',
    }),
    period: z
      .object({
        from: isoDate({ title: 'Fra', description: 'Første dag i tilskuddsperioden' }),
        to: isoDate({
          title: 'Til',
          description: 'Siste dag i tilskuddsperioden, høyst ett år etter første dag',
        }),
      })
      .strict()
      .meta({ title: 'Tilskuddsperiode', description: 'Tilskudd gis for ett år av gangen (§ 5)' }),
    conditions: z
      .array(text({ title: 'Vilkår', description: 'Ett vilkår for tilskuddet' }, 2000))
      .max(MAX_ITEMS.conditions)
      .meta({
        title: 'Vilkår',
        description:
          'Vilkårene for tilskuddet, ett per linje; brudd fører til at tilskuddet bortfaller (§ 13)',
      }),
    reportingDeadline: isoDate({
      title: 'Frist for status- og regnskapsrapport',
      description: 'Fra utlysningen (§ 11)',
    }),
    acceptance: z
      .object({
        deadline: isoDate({
          title: 'Frist for å returnere bekreftelsen',
          description: 'Siste dag mottakeren kan returnere den signerte bekreftelsen, etter brevdatoen',
        }),
        terms: text(
          {
            title: 'Vilkår for utbetaling',
            description:
              'Det mottakeren bekrefter ved å signere, for eksempel at tilskuddet brukes som beskrevet',
          },
          4000,
        ),
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
export const REJECTION_REASON_IDS = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

/** One rejection reason with what it means for this application, as the letter states it (§ 8). */
const ExplainedReason = z
  .object({
    reason: z.enum(REJECTION_REASON_IDS).meta({
      title: 'Begrunnelse',
      description: 'Hvorfor søknaden er avslått, for eksempel manglende rapportering (§ 8, § 11)',
    }),
    explanation: text(
      { title: 'Utdyping', description: 'Hva begrunnelsen betyr for akkurat denne søknaden' },
      4000,
    ),
  })
  .strict();

/** Avslagsbrev (§ 8). */
export const RejectionLetter = z
  .object({
    ...header('rejection-letter'),
    ...letterHeader,
    reasons: z
      .array(ExplainedReason)
      .min(1)
      .max(REJECTION_REASON_IDS.length)
      .meta({ title: 'Begrunnelser', description: 'Én eller flere begrunnelser for avslaget' }),
  })
  .strict()
  .meta({ title: 'Avslagsbrev' });
export type RejectionLetter = z.infer<typeof RejectionLetter>;

/** The county office's decision on an application, from which the letter is written. */
export const CaseDecision = z
  .object({
    ...header('case-decision'),
    id: slug({
      title: 'Beslutningens id',
      description: 'Unik id for beslutningen: små bokstaver a–z, sifre og bindestrek',
    }),
    caseNumber: caseNumber(),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen søknaden ble sendt under' }),
    applicationId: slug({ title: 'Søknadens id', description: 'Id-en til søknaden beslutningen gjelder' }),
    decidedBy: Authority.meta({
      title: 'Besluttet av',
      description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 8)',
    }),
    caseworker: shortText({
      title: 'Saksbehandler',
      description: 'Navnet på saksbehandleren som har behandlet søknaden',
    }),
    decidedOn: isoDate({ title: 'Beslutningsdato', description: 'Datoen søknaden ble avgjort' }),
    outcome: z
      .discriminatedUnion('result', [
        z
          .object({
            result: z
              .literal('granted')
              .meta({ title: 'Resultat', description: '«granted»: søknaden er innvilget' }),
            amount: nok({
              title: 'Tilskudd (kr)',
              description: 'Innvilget tilskudd i hele kroner, høyst det søknaden ba om',
            }),
            conditions: z
              .array(text({ title: 'Vilkår', description: 'Ett vilkår for tilskuddet' }, 2000))
              .max(MAX_ITEMS.conditions)
              .meta({
                title: 'Vilkår',
                description: 'Vilkårene som skal stå i tilskuddsbrevet, ett per linje',
              }),
            expectedFollowingYears: z
              .array(
                z
                  .object({
                    year: z.int().min(2000).max(2100).meta({
                      title: 'År',
                      description: 'Tilskuddsåret beløpet gjelder, for eksempel neste år',
                    }),
                    amount: nok({
                      title: 'Forventet tilskudd (kr)',
                      description: 'Beløpet statsforvalteren regner med å gi tiltaket dette året',
                    }),
                  })
                  .strict()
                  .meta({ title: 'Forventet tilskudd' }),
              )
              .max(MAX_ITEMS.followingYears)
              .optional()
              .meta({
                title: 'Forventet tilskudd de neste årene',
                description:
                  'For tiltak over flere år (inntil 36 måneder, § 5): holdes av i neste års ramme før nye tiltak vurderes. Uten beløp regnes årets tilskudd for månedene som gjenstår.',
              }),
          })
          .strict()
          .meta({ title: 'Innvilget' }),
        z
          .object({
            result: z
              .literal('rejected')
              .meta({ title: 'Resultat', description: '«rejected»: søknaden er avslått' }),
            reasons: choices(REJECTION_REASON_IDS).min(1).meta({
              title: 'Begrunnelser',
              description: 'Én eller flere begrunnelser som skal stå i avslagsbrevet',
            }),
            explanations: z.array(ExplainedReason).max(REJECTION_REASON_IDS.length).optional().meta({
              title: 'Utdyping av begrunnelsene',
              description:
                'Det saksbehandleren skrev til Nav-kontoret om hver begrunnelse da saken ble avgjort; avslagsbrevet tar det med seg',
            }),
          })
          .strict()
          .meta({ title: 'Avslått' }),
      ])
      .meta({
        title: 'Utfall',
        description:
          'Innvilget eller avslått; avgjørelsen er ikke et enkeltvedtak og kan ikke påklages (§ 9)',
      }),
    assessment: text({
      title: 'Vurdering',
      description: 'Skjønnsmessig vurdering mot målene for ordningen (§ 5)',
    }),
  })
  .strict()
  .meta({ title: 'Beslutning i sak' });
export type CaseDecision = z.infer<typeof CaseDecision>;
