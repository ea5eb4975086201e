import { z } from 'zod';
import { caseNumber, choices, isoDate, isoDateTime, nok, shortText, slug, text } from '../primitives.js';
import { ALLOCATION_CRITERION_IDS, PRIORITY_AREA_IDS } from '../reference/criteria.js';
import { signatures } from '../signing/signature.js';
import { attachments } from './attachments.js';
import { Budget } from './budget.js';
import { Authority, header, municipalityNumber, NavOffice, SignatureV1 } from './common.js';
import { MAX_ITEMS } from './list-limits.js';

const Measure = z
  .object({
    name: shortText({
      title: 'Navn på tiltaket',
      description: 'Gjerne kort og greit: navnet følger tiltaket gjennom inntil tre år.',
    }),
    startDate: isoDate({ title: 'Oppstartsdato', description: 'Tiltakets første dag' }),
    plannedEndDate: isoDate({
      title: 'Planlagt sluttdato',
      description: 'Inntil 36 måneder etter oppstart (§ 5)',
    }),
    yearOfMeasure: z.int().min(1).meta({
      title: 'Tilskuddsår for tiltaket',
      description: '1 for nytt tiltak, 2 eller 3 for videreføring',
    }),
  })
  .strict()
  .meta({
    id: 'Measure',
    title: 'Tiltaket',
    description: 'Navn, varighet og hvilket tilskuddsår tiltaket er i',
  });

/** What § 7 requires the application to describe. */
const Description = z
  .object({
    goals: text({
      title: 'Hva skal oppnås lokalt',
      description: 'Mål for tiltaket, innenfor målene for ordningen (§ 1)',
    }),
    targetGroups: z
      .array(
        shortText({
          title: 'Målgruppe',
          description: 'For eksempel barnefamilier, ungdom eller langtidsmottakere av sosialhjelp',
        }),
      )
      .min(1)
      .max(MAX_ITEMS.targetGroups)
      .meta({ title: 'Målgrupper', description: 'Hvem tiltaket skal hjelpe, én målgruppe per linje (§ 7)' }),
    livingConditions: text({
      title: 'Levekår og utfordringer for målgruppene',
      description: 'For eksempel KOSTRA-tall, folkehelseprofiler, Ungdata og annen levekårsstatistikk',
    }),
    servicesToDevelop: text({
      title: 'Oppgaver og tjenester som skal utvikles',
      description:
        'Hvilke oppgaver og tjenester i det ordinære tjenestetilbudet tilskuddet skal bidra til å utvikle',
    }),
    methodology: text({
      title: 'Metodisk tilnærming',
      description: 'Metoden eller arbeidsformen tiltaket bygger på, og hvorfor den passer (§ 7)',
    }),
    userInvolvement: text({
      title: 'Brukermedvirkning',
      description: 'Hvordan brukerne involveres i utviklingsarbeidet',
    }),
    anchoringAndOrganisation: text({
      title: 'Forankring og organisering',
      description: 'Forankring i kommunen, organisering av arbeidet og plan',
    }),
    implementationPlan: text({
      title: 'Plan for videreføring i ordinær drift',
      description: 'Hvordan erfaringene skal videreføres og implementeres (avtaler, planer, budsjett m.m.)',
    }),
    nationalStrategies: text({
      title: 'Sammenheng med nasjonale satsinger',
      description: 'For eksempel FNs bærekraftsmål og barnekonvensjonen',
    }).optional(),
  })
  .strict()
  .meta({
    id: 'ApplicationDescription',
    title: 'Beskrivelse av tiltaket',
    description: 'Det søknaden skal beskrive etter § 7',
  });

const OtherGrant = z
  .object({
    scheme: shortText({ title: 'Tilskuddsordning', description: 'Navnet på den andre tilskuddsordningen' }),
    grantor: shortText({
      title: 'Tilskuddsgiver',
      description: 'Hvem som gir tilskuddet, for eksempel et direktorat eller fylkeskommunen',
    }),
    status: z.enum(['applied', 'received']).meta({ title: 'Status', description: 'Søkt eller mottatt' }),
    amount: nok({ title: 'Beløp (kr)', description: 'Søkt eller mottatt beløp, i hele kroner' }),
    targetGroup: shortText({
      title: 'Målgruppe',
      description: 'Målgruppen det andre tilskuddet er rettet mot',
    }),
  })
  .strict()
  .meta({
    id: 'OtherGrant',
    title: 'Annet tilskudd',
    description: 'Et annet tilskudd kommunen har søkt eller fått til tiltak for samme målgrupper (§ 7)',
  });

const IntermunicipalCooperation = z
  .object({
    municipalities: z.array(municipalityNumber()).min(2).max(MAX_ITEMS.cooperationMunicipalities).meta({
      title: 'Samarbeidende kommuner',
      description: 'Alle kommunene i samarbeidet, også søkerkommunen',
    }),
    description: text(
      {
        title: 'Beskrivelse av samarbeidet',
        description: 'Hvordan kommunene deler arbeid, ansvar og kostnader i tiltaket',
      },
      4000,
    ),
  })
  .strict()
  .meta({
    id: 'IntermunicipalCooperation',
    title: 'Interkommunalt samarbeid',
    description: 'Fylles ut når flere kommuner samarbeider om tiltaket (§ 5)',
  });

const Continuation = z
  .object({
    previousCaseNumber: caseNumber({
      title: 'Saksnummer for fjorårets tilskudd',
      description:
        'Statsforvalterens saksnummer for tilskuddet til samme tiltak i fjor, for eksempel 2023/1234',
    }),
    previousCallId: slug({
      title: 'Fjorårets utlysning',
      description:
        'Utlysningen fjorårets tilskudd ble gitt under, for eksempel utvikling-sosiale-tjenester-2023',
    }),
  })
  .strict()
  .meta({ id: 'Continuation', title: 'Videreføring', description: 'Samme søknadsskjema som for nye tiltak' });

/** What every major of the application holds, § 7: all but the signatures and the attachments. */
const applicationFields = {
  id: slug({
    title: 'Søknadens id',
    description: 'Unik id for søknaden: små bokstaver a–z, sifre og bindestrek',
  }),
  callId: slug({ title: 'Utlysning', description: 'Utlysningen det søkes under' }),
  kind: z
    .enum(['new', 'continuation'])
    .meta({ title: 'Type søknad', description: 'Nytt tiltak eller videreføring' }),
  addressee: Authority.meta({
    title: 'Mottaker',
    description: 'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7)',
  }),
  nationalTrialId: slug({
    title: 'Nasjonalt forsøk',
    description: 'Modellen i utlysningens nasjonale forsøk',
  }).optional(),
  applicant: NavOffice,
  measure: Measure,
  continuation: Continuation.optional(),
  description: Description,
  priorityAreas: choices(PRIORITY_AREA_IDS).meta({
    title: 'Prioriterte områder',
    description: 'Utlysningens prioriterte områder tiltaket svarer på',
  }),
  allocationCriteria: choices(ALLOCATION_CRITERION_IDS).meta({
    title: 'Tildelingskriterier',
    description: 'Kriteriene i § 5 tiltaket bidrar til',
  }),
  budget: Budget,
  otherGrants: z.array(OtherGrant).max(MAX_ITEMS.otherGrants).meta({
    title: 'Andre tilskudd',
    description: 'Har kommunen søkt eller mottatt andre tilskudd til tiltak rettet mot målgruppene? (§ 7)',
  }),
  intermunicipalCooperation: IntermunicipalCooperation.optional(),
  directPaymentsToUsers: z.boolean().meta({
    title: 'Direkte utbetalinger til brukere',
    description: 'Det gis ikke tilskudd til tiltak med direkte utbetalinger til bruker (§ 5)',
  }),
};

const submittedAt = isoDateTime({
  title: 'Sendt inn',
  description: 'Settes når søknaden sendes inn',
}).optional();

const applicationMeta = {
  title: 'Søknad om tilskudd',
  description:
    'Søknad om tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret, nytt tiltak eller videreføring (§ 7).',
};

/**
 * A søknad: new (year 1) or continuation (year 2–3 of the same measure), § 7. Version 2: the signatures are
 * records of who signed what (`SignatureRecord`), not typed names, and the application carries attachments.
 */
export const Application = z
  .object({
    ...header('application', 2),
    ...applicationFields,
    attachments: attachments(
      'Analyser, planer, avtaler og annet som underbygger søknaden; PDF, bilder, Word, Excel eller ODT, høyst 10 MB per fil og 50 MB til sammen',
    ).optional(),
    signatures: signatures(
      'Nav-lederen og kommunedirektøren/rådmannen signerer søknaden i løsningen før den sendes (§ 7); settes av løsningen',
    ).optional(),
    submittedAt,
  })
  .strict()
  .meta(applicationMeta);
export type Application = z.infer<typeof Application>;

/** Version 1, with the signatures typed in as names and dates; frozen. Migrate with migrateDocument. */
export const ApplicationV1 = z
  .object({
    ...header('application'),
    ...applicationFields,
    signatures: z
      .object({
        municipalExecutive: SignatureV1.meta({
          title: 'Rådmann / kommunens administrative ledelse',
          description: 'Kommunedirektøren eller en annen i kommunens administrative ledelse signerer (§ 7)',
        }),
        navOfficeHead: SignatureV1.meta({
          title: 'Nav-leder',
          description: 'Lederen for Nav-kontoret signerer (§ 7)',
        }),
      })
      .strict()
      .meta({ title: 'Underskrifter', description: 'Søknaden skal undertegnes av begge (§ 7)' }),
    submittedAt,
  })
  .strict()
  .meta(applicationMeta);
export type ApplicationV1 = z.infer<typeof ApplicationV1>;
