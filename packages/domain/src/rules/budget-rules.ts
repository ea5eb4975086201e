import { type Budget, budgetTotals, COMPETENCE_LINE_ID } from '../documents/budget.js';
import { formatNok } from './issue.js';
import { repeated } from './repeats.js';
import { at, defineRule, NOT_CHECKED } from './rule.js';

/** Budget rules run on an application's budget at /budget; the call supplies the year's caps. */
export interface BudgetHolder {
  budget: Budget;
}

export const budgetPositionOverCap = defineRule<BudgetHolder>({
  code: 'BUDGET_POSITION_OVER_CAP',
  limit: 'amount',
  source: 'Utlysningen: inntil fastsatt beløp per 100 % stilling (lønn og sosiale utgifter)',
  summary:
    'Søkt tilskudd per stilling er innenfor utlysningens sats per 100 % stilling, forholdsmessig for stillingsprosent og måneder.',
  needs: ['call'],
  messages: {
    nb: (p) =>
      `Søkt tilskudd ${p.requested} er mer enn utlysningens sats gir for ${p.fte} % stilling i ${p.months} måneder (høyst ${p.cap})`,
    nn: (p) =>
      `Søkt tilskot ${p.requested} er meir enn satsen i utlysinga gir for ${p.fte} % stilling i ${p.months} månader (høgst ${p.cap})`,
  },
  check: ({ doc, call }) => {
    const cap = call?.maxPerFullTimePosition;
    // A year whose cap the sources do not give (2022, 2023): a position asking for money cannot be judged.
    if (cap === undefined) return doc.budget.positions.some((p) => p.requestedGrant > 0) ? NOT_CHECKED : [];
    // Integer comparison, exact: requested / (fte/100 * months/12) > cap.
    return doc.budget.positions.flatMap((p, i) =>
      p.requestedGrant * 1200 > cap * p.ftePercent * p.months
        ? [
            at(['budget', 'positions', i, 'requestedGrant'], {
              requested: formatNok(p.requestedGrant),
              fte: p.ftePercent,
              months: p.months,
              cap: formatNok(Math.floor((cap * p.ftePercent * p.months) / 1200)),
            }),
          ]
        : [],
    );
  },
});

export const budgetPositionGrantExceedsCost = defineRule<BudgetHolder>({
  code: 'BUDGET_POSITION_GRANT_EXCEEDS_COST',
  limit: 'amount',
  source: '§ 7 (søknadsbeløp og budsjett)',
  summary: 'Søkt tilskudd til en stilling er ikke større enn lønn og sosiale utgifter for stillingen.',
  messages: {
    nb: (p) =>
      `Søkt tilskudd ${p.requested} er større enn lønn og sosiale utgifter for stillingen (${p.cost})`,
    nn: (p) => `Søkt tilskot ${p.requested} er større enn løn og sosiale utgifter for stillinga (${p.cost})`,
  },
  check: ({ doc }) =>
    doc.budget.positions.flatMap((p, i) =>
      p.requestedGrant > p.salary + p.socialCosts
        ? [
            at(['budget', 'positions', i, 'requestedGrant'], {
              requested: formatNok(p.requestedGrant),
              cost: formatNok(p.salary + p.socialCosts),
            }),
          ]
        : [],
    ),
});

export const budgetCompetenceFundsNotInCall = defineRule<BudgetHolder>({
  code: 'BUDGET_COMPETENCE_FUNDS_NOT_IN_CALL',
  limit: 'amount',
  source: 'Utlysningen (for eksempel 2025: ikke lenger egne kompetansemidler)',
  summary: 'Det søkes ikke om kompetansemidler et år utlysningen ikke gir dem.',
  needs: ['call'],
  messages: {
    nb: (p) => `Utlysningen for ${p.year} gir ikke egne kompetansemidler`,
    nn: (p) => `Utlysinga for ${p.year} gir ikkje eigne kompetansemidlar`,
  },
  check: ({ doc, call }) =>
    call && call.competenceFunds.status === 'none' && doc.budget.competenceFunds > 0
      ? [at(['budget', 'competenceFunds'], { year: call.year })]
      : [],
});

export const budgetCompetenceFundsOverCap = defineRule<BudgetHolder>({
  code: 'BUDGET_COMPETENCE_FUNDS_OVER_CAP',
  limit: 'amount',
  source: 'Utlysningen (for eksempel 2024: inntil 20 000 kr per tiltak)',
  summary: 'Kompetansemidler er innenfor utlysningens beløp per tiltak.',
  needs: ['call'],
  messages: {
    nb: (p) => `Kompetansemidler ${p.requested} er mer enn utlysningens ${p.cap} per tiltak`,
    nn: (p) => `Kompetansemidlar ${p.requested} er meir enn ${p.cap} per tiltak i utlysinga`,
  },
  check: ({ doc, call }) => {
    const funds = call?.competenceFunds;
    if (funds?.status !== 'allowed') return [];
    if (funds.maxPerMeasure === undefined) return doc.budget.competenceFunds > 0 ? NOT_CHECKED : [];
    return doc.budget.competenceFunds > funds.maxPerMeasure
      ? [
          at(['budget', 'competenceFunds'], {
            requested: formatNok(doc.budget.competenceFunds),
            cap: formatNok(funds.maxPerMeasure),
          }),
        ]
      : [];
  },
});

export const budgetDirectUserPayment = defineRule<BudgetHolder>({
  code: 'BUDGET_DIRECT_USER_PAYMENT',
  source: '§ 5',
  summary: 'Budsjettet har ingen kostnader til direkte utbetalinger til brukere.',
  messages: {
    nb: () => 'Det gis ikke støtte til tiltak med direkte utbetalinger til bruker (§ 5)',
    nn: () => 'Det blir ikkje gitt støtte til tiltak med direkte utbetalingar til brukar (§ 5)',
  },
  check: ({ doc }) =>
    doc.budget.otherCosts.flatMap((c, i) =>
      c.category === 'direkte-utbetaling-til-bruker' ? [at(['budget', 'otherCosts', i, 'category'])] : [],
    ),
});

export const budgetFundingExceedsCost = defineRule<BudgetHolder>({
  code: 'BUDGET_FUNDING_EXCEEDS_COST',
  limit: 'amount',
  source: '§ 7 (søknadsbeløp og budsjett)',
  summary: 'Søkt tilskudd og annen finansiering er til sammen ikke mer enn tiltakets kostnader.',
  messages: {
    nb: (p) =>
      `Søkt tilskudd og annen finansiering (${p.funding}) er mer enn tiltakets kostnader (${p.cost})`,
    nn: (p) =>
      `Søkt tilskot og anna finansiering (${p.funding}) er meir enn kostnadene til tiltaket (${p.cost})`,
  },
  check: ({ doc }) => {
    const t = budgetTotals(doc.budget);
    return t.ownFinancing < 0
      ? [
          at(['budget', 'otherFunding'], {
            funding: formatNok(t.requestedGrant + t.otherFunding),
            cost: formatNok(t.totalCost),
          }),
        ]
      : [];
  },
});

export const budgetNothingRequested = defineRule<BudgetHolder>({
  code: 'BUDGET_NOTHING_REQUESTED',
  limit: 'amount',
  source: '§ 7 (søknadsbeløp)',
  summary: 'Søknaden ber om et tilskudd større enn null.',
  messages: {
    nb: () =>
      'Søknaden ber ikke om noe tilskudd: fyll inn søkt tilskudd for minst én stilling eller kompetansemidler',
    nn: () =>
      'Søknaden ber ikkje om noko tilskot: fyll inn søkt tilskot for minst éi stilling eller kompetansemidlar',
  },
  check: ({ doc }) => (budgetTotals(doc.budget).requestedGrant === 0 ? [at(['budget', 'positions'])] : []),
});

export const budgetDuplicateLineId = defineRule<BudgetHolder>({
  code: 'BUDGET_DUPLICATE_LINE_ID',
  source: '§ 11 (regnskap skal kunne sammenlignes med budsjett)',
  summary: 'Hver budsjettlinje har en egen id, så regnskapet kan vise til den.',
  messages: {
    nb: (p) => `Linje-id «${p.id}» er brukt på flere budsjettlinjer`,
    nn: (p) => `Linje-id «${p.id}» er brukt på fleire budsjettlinjer`,
  },
  check: ({ doc }) => {
    const lines = [
      ...doc.budget.positions.map((l, i) => ({ id: l.id, path: ['budget', 'positions', i, 'id'] })),
      ...doc.budget.otherCosts.map((l, i) => ({ id: l.id, path: ['budget', 'otherCosts', i, 'id'] })),
      ...doc.budget.otherFunding.map((l, i) => ({ id: l.id, path: ['budget', 'otherFunding', i, 'id'] })),
    ];
    // The competence funds line has its id already, so no other line may take it.
    return repeated(lines, (l) => l.id, [COMPETENCE_LINE_ID]).map(({ item }) =>
      at(item.path, { id: item.id }),
    );
  },
});

export const BUDGET_RULES = [
  budgetPositionOverCap,
  budgetPositionGrantExceedsCost,
  budgetCompetenceFundsNotInCall,
  budgetCompetenceFundsOverCap,
  budgetDirectUserPayment,
  budgetFundingExceedsCost,
  budgetNothingRequested,
  budgetDuplicateLineId,
];
