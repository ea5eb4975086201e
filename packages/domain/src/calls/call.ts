import { z } from 'zod';
import { MAX_ITEMS } from '../documents/list-limits.js';
import { choices, nok, shortText, slug, text } from '../primitives.js';
import { EXCLUSION_IDS, PRIORITY_AREA_IDS } from '../reference/criteria.js';
import { SCHEME_IDS } from '../reference/schemes.js';
import { Deadline } from './deadline.js';

const CompetenceFunds = z
  .discriminatedUnion('status', [
    z
      .object({
        status: z.literal('none').meta({
          title: 'Ingen egne kompetansemidler',
          description: '«none»: utlysningen gir ikke egne kompetansemidler',
        }),
      })
      .strict(),
    z
      .object({
        status: z.literal('allowed').meta({
          title: 'Kompetansemidler kan søkes',
          description: '«allowed»: tiltak kan søke om egne kompetansemidler',
        }),
        maxPerMeasure: nok({
          title: 'Største beløp per tiltak (kr)',
          description: 'Utelates når kunngjøringen ikke oppgir beløpet.',
        }).optional(),
      })
      .strict(),
  ])
  .meta({
    title: 'Kompetansemidler',
    description: 'Om utlysningen gir egne kompetansemidler, og eventuelt største beløp per tiltak',
  });

export const Call = z
  .object({
    documentType: z
      .literal('call')
      .meta({ title: 'Dokumenttype', description: 'Alltid «call»; forteller hvilket dokument dette er' }),
    schemaVersion: z
      .literal(1)
      .meta({ title: 'Skjemaversjon', description: 'Hovedversjonen av skjemaet dokumentet følger, her 1' }),
    id: slug({ title: 'Utlysningens id', description: 'For eksempel utvikling-sosiale-tjenester-2024' }),
    schemeId: z.enum(SCHEME_IDS).meta({
      title: 'Tilskuddsordning',
      description: 'Ordningen som kunngjøres, for eksempel utvikling-sosiale-tjenester',
    }),
    year: z.int().min(2000).max(2100).meta({ title: 'Tilskuddsår', description: 'Året tilskuddet gis for' }),
    title: shortText({ title: 'Tittel', description: 'Utlysningens navn, med ordning og år' }),
    applicationDeadline: Deadline.meta({
      title: 'Søknadsfrist',
      description: 'Dato og klokkeslett fra kunngjøringen; flyttes ikke til neste virkedag av seg selv',
    }),
    reportingDeadline: Deadline.optional().meta({
      title: 'Frist for status- og regnskapsrapport',
      description: 'For midler tildelt dette året (§ 11). Utelates når kilden ikke oppgir den.',
    }),
    maxPerFullTimePosition: nok({
      title: 'Største beløp per 100 % stilling (kr)',
      description: 'Lønn og sosiale utgifter for ett år. Utelates når kunngjøringen ikke oppgir beløpet.',
    }).optional(),
    competenceFunds: CompetenceFunds,
    grantPeriodMonths: z
      .int()
      .min(1)
      .max(12)
      .meta({ title: 'Tilskuddsperiode (måneder)', description: 'Tilskudd gis for ett år av gangen (§ 5).' }),
    maxMonthsPerMeasure: z.int().min(1).max(120).optional().meta({
      title: 'Lengste varighet per tiltak (måneder)',
      description: 'Utelates når ordningen ikke har en slik grense.',
    }),
    maxYearsPerMeasure: z.int().min(1).max(10).optional().meta({
      title: 'Flest tilskuddsår per tiltak',
      description: 'Utelates når ordningen ikke har en slik grense.',
    }),
    continuationOnly: z.boolean().meta({
      title: 'Bare videreføring',
      description: 'Bare videreføring av eksisterende tiltak eller stillinger kan søkes.',
    }),
    eligibleIfGrantedIn: z.int().min(2000).max(2100).optional().meta({
      title: 'Bare for mottakere i år',
      description: 'Bare kommuner som fikk tilskudd dette året kan søke.',
    }),
    priorityAreas: z
      .object({
        special: choices(PRIORITY_AREA_IDS).meta({
          title: 'Særskilt prioriterte områder',
          description: 'Områdene kunngjøringen trekker fram først, for eksempel barnefamilier og ungdom',
        }),
        general: choices(PRIORITY_AREA_IDS).meta({
          title: 'Øvrige prioriterte områder',
          description: 'De andre områdene kunngjøringen prioriterer',
        }),
      })
      .strict()
      .meta({
        title: 'Prioriterte områder',
        description: 'Prioriteringene som framgår av kunngjøringen (§ 6)',
      }),
    exclusions: choices(EXCLUSION_IDS).meta({
      title: 'Det gis ikke tilskudd til',
      description: 'Tiltak kunngjøringen utelukker, for eksempel direkte utbetalinger til bruker (§ 5)',
    }),
    nationalTrials: z
      .array(
        z
          .object({
            id: slug({
              title: 'Id',
              description: 'Id-en søknader bruker for forsøket: små bokstaver a–z, sifre og bindestrek',
            }),
            title: shortText({ title: 'Modell', description: 'Navnet på forsøksmodellen, for eksempel SSA' }),
          })
          .strict()
          .meta({ title: 'Nasjonalt forsøk' }),
      )
      .max(MAX_ITEMS.nationalTrials)
      .meta({
        title: 'Nasjonale forsøk',
        description: 'Søknader sendes Arbeids- og velferdsdirektoratet (§ 7).',
      }),
    sources: z
      .array(
        text(
          { title: 'Kilde', description: 'Kunngjøringen eller et annet dokument, med utgiver og dato' },
          500,
        ),
      )
      .min(1)
      .max(MAX_ITEMS.sources)
      .meta({ title: 'Kilder', description: 'Hvor opplysningene i utlysningen er hentet fra' }),
  })
  .strict()
  .meta({
    title: 'Utlysning',
    description: 'Ett års kunngjøring av en tilskuddsordning: frister, satser, prioriteringer og unntak.',
  });
export type Call = z.infer<typeof Call>;
