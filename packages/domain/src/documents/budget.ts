import { z } from 'zod';
import { nok, shortText, slug, text } from '../primitives.js';
import { MAX_ITEMS } from './list-limits.js';

const lineId = slug({
  title: 'Linje-id',
  description:
    'Fast id for budsjettlinjen; regnskapet viser til den (§ 11: regnskap skal kunne sammenlignes med budsjett).',
});

export const PositionLine = z
  .object({
    id: lineId,
    title: shortText({
      title: 'Stillingstittel',
      description: 'For eksempel sosialfaglig veileder eller prosjektleder',
    }),
    ftePercent: z
      .int()
      .min(1)
      .max(100)
      .meta({ title: 'Stillingsprosent', description: 'Andel av 100 % stilling, i hele prosent' }),
    months: z.int().min(1).max(12).meta({ title: 'Måneder', description: 'Antall måneder i tilskuddsåret' }),
    salary: nok({
      title: 'Lønn (kr)',
      description: 'Lønn i tilskuddsåret for denne stillingsprosenten og disse månedene, i hele kroner',
    }),
    socialCosts: nok({
      title: 'Sosiale utgifter (kr)',
      description: 'Arbeidsgiveravgift, pensjon og feriepenger',
    }),
    requestedGrant: nok({
      title: 'Søkt tilskudd (kr)',
      description: 'Den delen av lønn og sosiale utgifter det søkes tilskudd til',
    }),
  })
  .strict()
  .meta({
    id: 'PositionLine',
    title: 'Stilling',
    description: 'En stilling i tiltaket med lønn, sosiale utgifter og søkt tilskudd',
  });
export type PositionLine = z.infer<typeof PositionLine>;

export const COST_CATEGORIES = {
  'reise-og-opphold': 'Reise og opphold',
  'kurs-og-kompetanse': 'Kurs og kompetanse',
  'evaluering-og-forskning': 'Evaluering og følgeforskning',
  'materiell-og-utstyr': 'Materiell og utstyr',
  'lokaler-og-moter': 'Lokaler og møter',
  'direkte-utbetaling-til-bruker': 'Direkte utbetaling til bruker',
  annet: 'Annet',
} as const;
export type CostCategory = keyof typeof COST_CATEGORIES;
export const COST_CATEGORY_IDS = Object.keys(COST_CATEGORIES) as [CostCategory, ...CostCategory[]];

/** The cost categories in nynorsk. */
export const COST_CATEGORIES_NN: Record<keyof typeof COST_CATEGORIES, string> = {
  'reise-og-opphold': 'Reise og opphald',
  'kurs-og-kompetanse': 'Kurs og kompetanse',
  'evaluering-og-forskning': 'Evaluering og følgjeforsking',
  'materiell-og-utstyr': 'Materiell og utstyr',
  'lokaler-og-moter': 'Lokale og møte',
  'direkte-utbetaling-til-bruker': 'Direkte utbetaling til brukar',
  annet: 'Anna',
};

/** Costs of the measure that are not salaries; the grant covers positions and competence funds only. */
export const CostLine = z
  .object({
    id: lineId,
    category: z.enum(COST_CATEGORY_IDS).meta({
      title: 'Kategori',
      description: 'Hva slags kostnad; direkte utbetaling til bruker gis det ikke tilskudd til (§ 5)',
    }),
    description: shortText({
      title: 'Beskrivelse',
      description: 'Hva kostnaden gjelder, for eksempel kurs i motiverende intervju',
    }),
    amount: nok({ title: 'Beløp (kr)', description: 'Kostnaden i hele kroner' }),
  })
  .strict()
  .meta({ id: 'CostLine', title: 'Annen kostnad', description: 'En kostnad ved tiltaket utenom lønn' });
export type CostLine = z.infer<typeof CostLine>;

export const FundingLine = z
  .object({
    id: lineId,
    source: shortText({
      title: 'Finansieringskilde',
      description: 'Hvem som bidrar, for eksempel et annet tilskudd eller en samarbeidspartner',
    }),
    status: z.enum(['applied', 'granted']).meta({ title: 'Status', description: 'Søkt eller innvilget' }),
    amount: nok({ title: 'Beløp (kr)', description: 'Søkt eller innvilget beløp, i hele kroner' }),
  })
  .strict()
  .meta({
    id: 'FundingLine',
    title: 'Annen finansiering',
    description: 'Et annet tilskudd eller bidrag til tiltaket',
  });

/**
 * The measure's budget for one grant year. Totals are never typed: `budgetTotals` derives them, so a
 * total can never disagree with its lines.
 */
export const Budget = z
  .object({
    positions: z
      .array(PositionLine)
      .max(MAX_ITEMS.positions)
      .meta({ title: 'Stillinger', description: 'Stillingene i tiltaket, én linje per stilling' }),
    competenceFunds: nok({
      title: 'Kompetansemidler (kr)',
      description:
        'Kompetanse som trengs spesifikt for tiltaket, for eksempel design, evaluering eller utvikling',
    }),
    otherCosts: z.array(CostLine).max(MAX_ITEMS.otherCosts).meta({
      title: 'Andre kostnader',
      description:
        'Kostnader utenom lønn, én linje per kostnad; tilskuddet dekker bare stillinger og kompetansemidler',
    }),
    otherFunding: z
      .array(FundingLine)
      .max(MAX_ITEMS.otherFunding)
      .meta({ title: 'Annen finansiering', description: 'Andre tilskudd og bidrag til tiltaket' }),
    notes: text(
      {
        title: 'Kommentar til budsjettet',
        description: 'Forklaring til tallene, for eksempel hvordan lønn og sosiale utgifter er beregnet',
      },
      2000,
    ).optional(),
  })
  .strict()
  .meta({
    id: 'Budget',
    title: 'Budsjett',
    description: 'Tiltakets budsjett for tilskuddsåret; summene regnes ut fra linjene (§ 7)',
  });
export type Budget = z.infer<typeof Budget>;

export interface BudgetTotals {
  positionCosts: number;
  positionGrant: number;
  competenceFunds: number;
  otherCosts: number;
  totalCost: number;
  /** What the application asks the grant to cover (§ 7 søknadsbeløp). */
  requestedGrant: number;
  otherFunding: number;
  /** What the municipality covers itself: the rest of the cost. Negative means funding exceeds cost. */
  ownFinancing: number;
}

const sum = <T>(items: readonly T[], amount: (item: T) => number) => items.reduce((s, i) => s + amount(i), 0);

export function budgetTotals(budget: Budget): BudgetTotals {
  const positionCosts = sum(budget.positions, (p) => p.salary + p.socialCosts);
  const positionGrant = sum(budget.positions, (p) => p.requestedGrant);
  const otherCosts = sum(budget.otherCosts, (c) => c.amount);
  const totalCost = positionCosts + budget.competenceFunds + otherCosts;
  const requestedGrant = positionGrant + budget.competenceFunds;
  const otherFunding = sum(budget.otherFunding, (f) => f.amount);
  return {
    positionCosts,
    positionGrant,
    competenceFunds: budget.competenceFunds,
    otherCosts,
    totalCost,
    requestedGrant,
    otherFunding,
    ownFinancing: totalCost - requestedGrant - otherFunding,
  };
}

/** Every budget line id, for comparing accounts with the budget line by line. */
export function budgetLines(budget: Budget): { id: string; label: string; amount: number }[] {
  return [
    ...budget.positions.map((p) => ({ id: p.id, label: p.title, amount: p.salary + p.socialCosts })),
    ...(budget.competenceFunds > 0
      ? [{ id: COMPETENCE_LINE_ID, label: 'Kompetansemidler', amount: budget.competenceFunds }]
      : []),
    ...budget.otherCosts.map((c) => ({ id: c.id, label: c.description, amount: c.amount })),
  ];
}

export const COMPETENCE_LINE_ID = 'kompetansemidler';
