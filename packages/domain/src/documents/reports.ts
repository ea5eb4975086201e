import { z } from 'zod';
import { isoDate, isoDateTime, nok, shortText, slug, text } from '../primitives.js';
import { GOAL_CRITERION_IDS } from '../reference/criteria.js';
import { signatures } from '../signing/signature.js';
import { attachments } from './attachments.js';
import { CaseReference, header, SignatureV1 } from './common.js';
import { MAX_ACCOUNTS_LINES } from './list-limits.js';

/** One accounts line per budget line, by the budget line's id (§ 11: comparable with the budget). */
export const AccountsLine = z
  .object({
    budgetLineId: slug({
      title: 'Budsjettlinje',
      description: 'Id-en til linjen i det godkjente budsjettet',
    }),
    label: shortText({
      title: 'Post',
      description: 'Navnet på budsjettlinjen, for eksempel stillingstittelen',
    }),
    budgeted: nok({
      title: 'Budsjett (kr)',
      description: 'Beløpet i det godkjente budsjettet, i hele kroner',
    }),
    actual: nok({ title: 'Regnskap (kr)', description: 'Faktiske kostnader i regnskapet, i hele kroner' }),
    comment: text(
      { title: 'Kommentar til avvik', description: 'Forklar store forskjeller mellom budsjett og regnskap' },
      1000,
    ).optional(),
  })
  .strict()
  .meta({
    id: 'AccountsLine',
    title: 'Regnskapslinje',
    description: 'Regnskap mot budsjett for én budsjettlinje',
  });
export type AccountsLine = z.infer<typeof AccountsLine>;

/** What the accounts hold in every major: separate project accounts per 31 December (§ 11). */
const accountsFields = {
  asOf: isoDate({ title: 'Regnskap per', description: '31. desember i rapporteringsåret (§ 11)' }),
  costCentre: shortText({ title: 'Koststed', description: 'Tiltakets eget koststed (§ 11)' }),
  lines: z.array(AccountsLine).min(1).max(MAX_ACCOUNTS_LINES).meta({
    title: 'Regnskapslinjer',
    description:
      'Én linje for hver linje i det godkjente budsjettet, så regnskapet kan sammenlignes med det (§ 11)',
  }),
  grantReceived: nok({
    title: 'Mottatt tilskudd i året (kr)',
    description: 'Tilskudd utbetalt for rapporteringsåret, i hele kroner',
  }),
  transferredFromPreviousYear: nok({
    title: 'Overført fra fjoråret (kr)',
    description: 'Ubenyttede midler som er godkjent overført fra året før, i hele kroner; 0 om ingen (§ 10)',
  }),
  grantSpent: nok({
    title: 'Herav dekket av tilskuddet (kr)',
    description: 'Den delen av kostnadene som er ført mot tilskuddet; resten er egenfinansiering',
  }),
};

const accountsMeta = {
  id: 'Accounts',
  title: 'Regnskap',
  description: 'Tiltakets eget prosjektregnskap med eget koststed (§ 11)',
};

/** Separate project accounts per 31 December with their own cost centre (§ 11), and their documentation. */
export const Accounts = z
  .object({
    ...accountsFields,
    attachments: attachments(
      'Dokumentasjon av kostnadene, for eksempel bilag, lønnslister eller utskrift fra regnskapet; husk statsforvalterens saksnummer',
    ).optional(),
  })
  .strict()
  .meta(accountsMeta);
export type Accounts = z.infer<typeof Accounts>;

const AccountsV1 = z.object(accountsFields).strict().meta(accountsMeta);

/** What happens to funds not spent by 31 December: transferred if approved, otherwise repaid (§ 10). */
const UnusedFunds = z
  .object({
    transferRequested: nok({
      title: 'Søkes overført til neste år (kr)',
      description: 'Den delen av de ubenyttede midlene dere søker om å få overført (§ 10)',
    }),
    toBeRepaid: nok({
      title: 'Tilbakebetales (kr)',
      description: 'Resten av de ubenyttede midlene, som betales tilbake (§ 10)',
    }),
  })
  .strict()
  .meta({
    id: 'UnusedFunds',
    title: 'Ubenyttede midler',
    description: 'Midler som ikke er brukt, fordelt på overføring og tilbakebetaling (§ 10)',
  });

const CriterionAssessment = z
  .object({
    criterion: z.enum(GOAL_CRITERION_IDS).meta({
      title: 'Kriterium (§ 3)',
      description: 'Hvilket kriterium for måloppnåelse vurderingen gjelder',
    }),
    achievement: z
      .enum(['achieved', 'partly', 'not-achieved', 'not-relevant'])
      .meta({ title: 'Måloppnåelse', description: 'Oppnådd, delvis, ikke oppnådd eller ikke relevant' }),
    description: text(
      { title: 'Beskrivelse', description: 'Hva som er oppnådd for dette kriteriet, gjerne med eksempler' },
      4000,
    ),
  })
  .strict()
  .meta({
    id: 'CriterionAssessment',
    title: 'Måloppnåelse for kriterium',
    description: 'Vurdering av ett kriterium for måloppnåelse (§ 3)',
  });

const reportHeader = {
  id: slug({
    title: 'Rapportens id',
    description: 'Unik id for rapporten: små bokstaver a–z, sifre og bindestrek',
  }),
  case: CaseReference,
  submittedAt: isoDateTime({ title: 'Sendt inn', description: 'Settes når rapporten sendes inn' }).optional(),
};

/** Version 2: the person who sends the report signs it in the system; version 1 typed a name. */
const signedBy = {
  2: {
    signatures: signatures(
      'Den som sender rapporten, signerer den i løsningen på vegne av kommunen; settes av løsningen',
    ).optional(),
  },
  1: {
    signature: SignatureV1.meta({
      title: 'Signert av',
      description: 'Den som står ansvarlig for rapporten på vegne av kommunen',
    }),
  },
};

const statusReportStarted = <A extends z.ZodType>(accounts: A) =>
  z
    .object({
      status: z
        .literal('started')
        .meta({ title: 'Tiltaket er i gang', description: '«started»: full statusrapport med regnskap' }),
      progress: text({
        title: 'Status for gjennomføring',
        description: 'Hva er gjort i året, og hva gjenstår',
      }),
      goalAchievement: z.array(CriterionAssessment).min(1).max(GOAL_CRITERION_IDS.length).meta({
        title: 'Lokal måloppnåelse',
        description: 'Vurdert mot relevante kriterier for måloppnåelse (§ 3, § 11)',
      }),
      userInvolvement: text(
        { title: 'Brukermedvirkning', description: 'Hvordan brukerne har vært med i arbeidet i året' },
        4000,
      ),
      accounts,
      unusedFunds: UnusedFunds,
    })
    .strict()
    .meta({ title: 'Statusrapport' });

/** The short report when the measure has not started and all funds were transferred (seed 003). */
const StatusReportNotStarted = z
  .object({
    status: z.literal('not-started').meta({
      title: 'Tiltaket har ikke startet',
      description: '«not-started»: kort rapport når hele tilskuddet søkes overført',
    }),
    reason: text(
      {
        title: 'Hvorfor tiltaket ikke har startet',
        description: 'For eksempel at stillingen ikke er besatt ennå',
      },
      4000,
    ),
    expectedStart: isoDate({
      title: 'Forventet oppstart',
      description: 'Datoen dere regner med at tiltaket starter',
    }),
    grantReceived: nok({
      title: 'Mottatt tilskudd (kr)',
      description: 'Tilskudd utbetalt for rapporteringsåret, i hele kroner',
    }),
    transferRequested: nok({
      title: 'Søkes overført til neste år (kr)',
      description: 'Hele det mottatte tilskuddet søkes overført (§ 10)',
    }),
  })
  .strict()
  .meta({ title: 'Kort statusrapport' });

const statusReport = <V extends 1 | 2, A extends z.ZodType>(version: V, accounts: A) =>
  z
    .object({
      ...header('status-report', version),
      ...reportHeader,
      ...signedBy[version],
      reportingYear: z.int().min(2000).max(2100).meta({
        title: 'Rapporteringsår',
        description: 'Året rapporten og regnskapet gjelder, det samme som tilskuddsåret',
      }),
      report: z.discriminatedUnion('status', [statusReportStarted(accounts), StatusReportNotStarted]).meta({
        title: 'Rapport',
        description: 'Full rapport når tiltaket er i gang, kort rapport når det ikke har startet',
      }),
    })
    .strict()
    .meta({ title: 'Statusrapport med regnskap' });

/**
 * Årlig statusrapport med regnskap per 31. desember, by the call's reporting deadline (§ 11). Version 2: signed
 * in the system, and the accounts may carry documentation (seed 003).
 */
export const StatusReport = statusReport(2, Accounts);
export type StatusReport = z.infer<typeof StatusReport>;

/** Version 1, with a typed signature; frozen. Migrate with migrateDocument. */
export const StatusReportV1 = statusReport(1, AccountsV1);
export type StatusReportV1 = z.infer<typeof StatusReportV1>;

/** What a status report asks to move to next year: the most a transfer request may ask for (§ 10). */
export function transferAskedFor({ report }: Pick<StatusReport, 'report'>): number {
  return report.status === 'started' ? report.unusedFunds.transferRequested : report.transferRequested;
}

const finalReport = <V extends 1 | 2, A extends z.ZodType, E extends z.ZodRawShape>(
  version: V,
  accounts: A,
  more: E,
) =>
  z
    .object({
      ...header('final-report', version),
      ...reportHeader,
      ...signedBy[version],
      period: z
        .object({
          from: isoDate({ title: 'Fra', description: 'Tiltakets første dag' }),
          to: isoDate({ title: 'Til', description: 'Tiltakets siste dag' }),
        })
        .strict()
        .meta({
          title: 'Tiltakets periode',
          description: 'Fra oppstart til avslutning; tilskudd kan gis i inntil tre år (§ 5)',
        }),
      summary: text({ title: 'Sammendrag', description: 'Kort om hva tiltaket har gjort og oppnådd' }, 4000),
      goalAchievement: z.array(CriterionAssessment).max(GOAL_CRITERION_IDS.length).meta({
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
            description: 'Hva kommunen selv betaler per år for stillingene som er videreført',
          }).optional(),
        })
        .strict()
        .meta({
          title: 'Implementering i ordinær drift',
          description: 'Om og hvordan erfaringene fra tiltaket er videreført i ordinær drift (§ 7)',
        }),
      experiencesToShare: text({
        title: 'Erfaringer andre kan ha nytte av',
        description: 'Erfaringer skal deles, så andre får tilgang til lure grep',
      }),
      userInvolvement: text(
        { title: 'Brukermedvirkning', description: 'Hvordan brukerne har vært med gjennom hele tiltaket' },
        4000,
      ),
      accounts,
      unusedFunds: UnusedFunds,
      ...more,
    })
    .strict()
    .meta({ title: 'Sluttrapport' });

/** Sluttrapport when the measure ends: more thorough than a status report (§ 11). Version 2: signed in the system. */
export const FinalReport = finalReport(2, Accounts, {
  attachments: attachments(
    'Evalueringer, planer, avtaler og annet som viser hva tiltaket har oppnådd og hvordan det er videreført',
  ).optional(),
});
export type FinalReport = z.infer<typeof FinalReport>;

/** Version 1, with a typed signature; frozen. Migrate with migrateDocument. */
export const FinalReportV1 = finalReport(1, AccountsV1, {});
export type FinalReportV1 = z.infer<typeof FinalReportV1>;
