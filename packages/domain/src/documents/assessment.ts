import { z } from 'zod';
import { caseNumber, choices, isoDate, nok, shortText, slug, text } from '../primitives.js';
import {
  ALLOCATION_CRITERIA,
  ALLOCATION_CRITERION_IDS,
  type AllocationCriterion,
  EXCLUSION_IDS,
  EXCLUSIONS,
  type Exclusion,
  PRIORITY_AREA_IDS,
} from '../reference/criteria.js';
import { Authority, header } from './common.js';
import { REJECTION_REASON_IDS } from './letters.js';

/** The stated scale every § 5 criterion is scored on: how far the application meets it. */
export const ASSESSMENT_SCALE: Readonly<Record<0 | 1 | 2 | 3, string>> = {
  0: 'Ikke ivaretatt',
  1: 'I liten grad',
  2: 'I noen grad',
  3: 'I stor grad',
} as const;
export const MAX_SCORE = 3;
const SCALE_TEXT = Object.entries(ASSESSMENT_SCALE)
  .map(([score, label]) => `${score} ${label.toLowerCase()}`)
  .join(', ');

const CriterionScore = z
  .object({
    score: z
      .literal([0, 1, 2, 3])
      .meta({ title: 'Poeng', description: `Hvor godt søknaden ivaretar kriteriet: ${SCALE_TEXT}` }),
    justification: text(
      { title: 'Begrunnelse', description: 'Hvorfor søknaden får denne poengsummen på kriteriet' },
      2000,
    ).optional(),
  })
  .strict();

const ExclusionCheck = z
  .object({
    applies: z.boolean().meta({
      title: 'Gjelder søknaden',
      description: 'Ja når tiltaket faller inn under unntaket; da kan det ikke innstilles på tilskudd',
    }),
    note: text({ title: 'Merknad', description: 'Hva i søknaden vurderingen bygger på' }, 2000).optional(),
  })
  .strict();

const byKey = <K extends string, S extends z.ZodType>(keys: readonly K[], value: (key: K) => S) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, S>;

/**
 * Vurdering: the county office's structured assessment of one application before it decides (§ 5, § 8):
 * every § 5 allocation criterion scored with a justification, the call's exclusions checked, the fit with the
 * call's priority areas, and a proposal. Ranking and the round board read it.
 */
export const Assessment = z
  .object({
    ...header('assessment'),
    id: slug({
      title: 'Vurderingens id',
      description: 'Unik id for vurderingen: små bokstaver a–z, sifre og bindestrek',
    }),
    applicationId: slug({ title: 'Søknadens id', description: 'Id-en til søknaden som vurderes' }),
    caseNumber: caseNumber(),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen søknaden ble sendt under' }),
    assessedBy: z
      .object({
        authority: Authority,
        name: shortText({ title: 'Saksbehandler', description: 'Navnet på den som har vurdert søknaden' }),
      })
      .strict()
      .meta({ title: 'Vurdert av', description: 'Myndigheten og saksbehandleren som har vurdert søknaden' }),
    assessedOn: isoDate({ title: 'Dato', description: 'Datoen vurderingen ble gjort' }),
    criteria: z
      .object(
        byKey(ALLOCATION_CRITERION_IDS, (id: AllocationCriterion) =>
          CriterionScore.meta({ title: ALLOCATION_CRITERIA[id], description: `Tildelingskriterium (§ 5)` }),
        ),
      )
      .strict()
      .meta({
        title: 'Tildelingskriterier',
        description: 'Hvert kriterium i § 5 får poeng fra 0 til 3, med begrunnelse',
      }),
    exclusions: z
      .object(
        byKey(EXCLUSION_IDS, (id: Exclusion) =>
          ExclusionCheck.meta({
            title: EXCLUSIONS[id],
            description: 'Det gis ikke tilskudd til dette',
          }).optional(),
        ),
      )
      .strict()
      .meta({
        title: 'Det gis ikke tilskudd til',
        description: 'Hvert unntak i utlysningen kontrolleres (§ 5)',
      }),
    priorityFit: z
      .object({
        areas: choices(PRIORITY_AREA_IDS).meta({
          title: 'Prioriterte områder tiltaket svarer på',
          description: 'Utlysningens prioriterte områder, slik saksbehandleren vurderer tiltaket',
        }),
        justification: text(
          {
            title: 'Vurdering av prioriteringene',
            description: 'Hvordan tiltaket svarer på utlysningens prioriterte områder (§ 6)',
          },
          4000,
        ),
      })
      .strict()
      .meta({
        title: 'Prioriterte områder',
        description: 'Hvor godt tiltaket svarer på utlysningens prioriteringer',
      }),
    proposal: z
      .discriminatedUnion('recommendation', [
        z
          .object({
            recommendation: z.literal('grant').meta({
              title: 'Innstilling',
              description: '«grant»: søknaden innstilles på tilskudd',
            }),
            amount: nok({
              title: 'Foreslått tilskudd (kr)',
              description: 'Høyst det søknaden ber om og det utlysningens sats gir for stillingene',
            }),
            amountReason: text(
              {
                title: 'Begrunnelse for beløpet',
                description: 'Påkrevd når foreslått tilskudd er et annet enn søkt beløp',
              },
              2000,
            ).optional(),
          })
          .strict()
          .meta({ title: 'Innstilles på tilskudd' }),
        z
          .object({
            recommendation: z.literal('reject').meta({
              title: 'Innstilling',
              description: '«reject»: søknaden innstilles på avslag',
            }),
            reasons: choices(REJECTION_REASON_IDS).min(1).meta({
              title: 'Begrunnelser',
              description: 'Én eller flere begrunnelser for avslaget',
            }),
          })
          .strict()
          .meta({ title: 'Innstilles på avslag' }),
      ])
      .meta({ title: 'Innstilling', description: 'Tilskudd med beløp, eller avslag med begrunnelse' }),
    summary: text({
      title: 'Samlet vurdering',
      description: 'Skjønnsmessig vurdering mot målene for ordningen (§ 5); går inn i beslutningen',
    }),
  })
  .strict()
  .meta({
    title: 'Vurdering av søknad',
    description:
      'Statsforvalterens vurdering av én søknad mot tildelingskriteriene, unntakene og prioriteringene (§ 5, § 6), med innstilling.',
  });
export type Assessment = z.infer<typeof Assessment>;

/** The assessment's total: the sum of the criterion scores, what the round ranks by. */
export const assessmentScore = (a: Pick<RoundAssessment, 'criteria'>): number =>
  Object.values(a.criteria).reduce((sum, c) => sum + (c?.score ?? 0), 0);

/** The highest total the scale allows. */
export const MAX_ASSESSMENT_SCORE = ALLOCATION_CRITERION_IDS.length * MAX_SCORE;

/** The amount the assessment proposes: 0 for a rejection. */
export const proposedAmount = (a: Pick<Assessment, 'proposal'>): number =>
  a.proposal.recommendation === 'grant' ? a.proposal.amount : 0;

/**
 * What ranking and frame use read of an assessment: the scores, which exclusions apply, the priority areas and
 * the proposal, without the texts. An Assessment is one; a server may store this much beside the document so a
 * round of hundreds of cases need not read every assessment whole (`roundAssessment`).
 */
export interface RoundAssessment {
  criteria: Partial<Record<AllocationCriterion, { score: number }>>;
  exclusions: Partial<Record<Exclusion, { applies: boolean }>>;
  priorityFit: Pick<Assessment['priorityFit'], 'areas'>;
  proposal: Assessment['proposal'];
}

export const roundAssessment = (a: Assessment): RoundAssessment => ({
  criteria: Object.fromEntries(Object.entries(a.criteria).map(([id, c]) => [id, { score: c.score }])),
  exclusions: Object.fromEntries(
    Object.entries(a.exclusions).flatMap(([id, e]) => (e ? [[id, { applies: e.applies }]] : [])),
  ),
  priorityFit: { areas: a.priorityFit.areas },
  proposal: a.proposal,
});
