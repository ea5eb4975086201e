import { z } from 'zod';
import { isoDate, isoDateTime, nok, shortText, slug, text } from '../primitives.js';
import { GOAL_CRITERION_IDS } from '../reference/criteria.js';
import { CaseReference, header, Signature } from './common.js';

/** One accounts line per budget line, by the budget line's id (§ 11: comparable with the budget). */
export const AccountsLine = z
  .object({
    budgetLineId: slug({
      title: 'Budsjettlinje',
      description: 'Id-en til linjen i det godkjente budsjettet',
    }),
    label: shortText({ title: 'Post' }),
    budgeted: nok({ title: 'Budsjett (kr)' }),
    actual: nok({ title: 'Regnskap (kr)' }),
    comment: text({ title: 'Kommentar til avvik' }, 1000).optional(),
  })
  .strict()
  .meta({ id: 'AccountsLine', title: 'Regnskapslinje' });
export type AccountsLine = z.infer<typeof AccountsLine>;

/** Separate project accounts per 31 December with their own cost centre (§ 11). */
export const Accounts = z
  .object({
    asOf: isoDate({ title: 'Regnskap per', description: '31. desember i rapporteringsåret (§ 11)' }),
    costCentre: shortText({ title: 'Koststed', description: 'Tiltakets eget koststed (§ 11)' }),
    lines: z.array(AccountsLine).min(1).meta({ title: 'Regnskapslinjer' }),
    grantReceived: nok({ title: 'Mottatt tilskudd i året (kr)' }),
    transferredFromPreviousYear: nok({ title: 'Overført fra fjoråret (kr)' }),
    grantSpent: nok({
      title: 'Herav dekket av tilskuddet (kr)',
      description: 'Den delen av kostnadene som er ført mot tilskuddet; resten er egenfinansiering',
    }),
  })
  .strict()
  .meta({ id: 'Accounts', title: 'Regnskap' });
export type Accounts = z.infer<typeof Accounts>;

/** What happens to funds not spent by 31 December: transferred if approved, otherwise repaid (§ 10). */
const UnusedFunds = z
  .object({
    transferRequested: nok({ title: 'Søkes overført til neste år (kr)' }),
    toBeRepaid: nok({ title: 'Tilbakebetales (kr)' }),
  })
  .strict()
  .meta({ id: 'UnusedFunds', title: 'Ubenyttede midler' });

const CriterionAssessment = z
  .object({
    criterion: z.enum(GOAL_CRITERION_IDS).meta({ title: 'Kriterium (§ 3)' }),
    achievement: z
      .enum(['achieved', 'partly', 'not-achieved', 'not-relevant'])
      .meta({ title: 'Måloppnåelse', description: 'Oppnådd, delvis, ikke oppnådd eller ikke relevant' }),
    description: text({ title: 'Beskrivelse' }, 4000),
  })
  .strict()
  .meta({ id: 'CriterionAssessment', title: 'Måloppnåelse for kriterium' });

const reportHeader = {
  id: slug({ title: 'Rapportens id' }),
  case: CaseReference,
  submittedAt: isoDateTime({ title: 'Sendt inn' }).optional(),
  signature: Signature.meta({ title: 'Signert av' }),
};

const StatusReportStarted = z
  .object({
    status: z.literal('started').meta({ title: 'Tiltaket er i gang' }),
    progress: text({
      title: 'Status for gjennomføring',
      description: 'Hva er gjort i året, og hva gjenstår',
    }),
    goalAchievement: z.array(CriterionAssessment).min(1).meta({
      title: 'Lokal måloppnåelse',
      description: 'Vurdert mot relevante kriterier for måloppnåelse (§ 3, § 11)',
    }),
    userInvolvement: text({ title: 'Brukermedvirkning' }, 4000),
    accounts: Accounts,
    unusedFunds: UnusedFunds,
  })
  .strict()
  .meta({ title: 'Statusrapport' });

/** The short report when the measure has not started and all funds were transferred (seed 003). */
const StatusReportNotStarted = z
  .object({
    status: z.literal('not-started').meta({ title: 'Tiltaket har ikke startet' }),
    reason: text({ title: 'Hvorfor tiltaket ikke har startet' }, 4000),
    expectedStart: isoDate({ title: 'Forventet oppstart' }),
    grantReceived: nok({ title: 'Mottatt tilskudd (kr)' }),
    transferRequested: nok({ title: 'Søkes overført til neste år (kr)' }),
  })
  .strict()
  .meta({ title: 'Kort statusrapport' });

/** Årlig statusrapport med regnskap per 31. desember, by the call's reporting deadline (§ 11). */
export const StatusReport = z
  .object({
    ...header('status-report'),
    ...reportHeader,
    reportingYear: z.int().min(2000).max(2100).meta({ title: 'Rapporteringsår' }),
    report: z
      .discriminatedUnion('status', [StatusReportStarted, StatusReportNotStarted])
      .meta({ title: 'Rapport' }),
  })
  .strict()
  .meta({ title: 'Statusrapport med regnskap' });
export type StatusReport = z.infer<typeof StatusReport>;

/** Sluttrapport when the measure ends: more thorough than a status report (§ 11). */
export const FinalReport = z
  .object({
    ...header('final-report'),
    ...reportHeader,
    period: z
      .object({ from: isoDate({ title: 'Fra' }), to: isoDate({ title: 'Til' }) })
      .strict()
      .meta({ title: 'Tiltakets periode' }),
    summary: text({ title: 'Sammendrag' }, 4000),
    goalAchievement: z.array(CriterionAssessment).meta({
      title: 'Måloppnåelse',
      description: 'Alle kriteriene for måloppnåelse i § 3 skal vurderes',
    }),
    implementation: z
      .object({
        status: z
          .enum(['implemented', 'partly', 'not-implemented'])
          .meta({ title: 'Videreført i ordinær drift', description: 'Ja, delvis eller nei' }),
        description: text(
          { title: 'Hvordan tiltaket er videreført', description: 'Avtaler, planer, budsjett' },
          4000,
        ),
        fundedPositionsContinued: nok({
          title: 'Stillinger videreført med kommunale midler (årsbeløp, kr)',
        }).optional(),
      })
      .strict()
      .meta({ title: 'Implementering i ordinær drift' }),
    experiencesToShare: text({
      title: 'Erfaringer andre kan ha nytte av',
      description: 'Erfaringer skal deles, så andre får tilgang til lure grep',
    }),
    userInvolvement: text({ title: 'Brukermedvirkning' }, 4000),
    accounts: Accounts,
    unusedFunds: UnusedFunds,
  })
  .strict()
  .meta({ title: 'Sluttrapport' });
export type FinalReport = z.infer<typeof FinalReport>;
