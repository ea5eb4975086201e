import type { Call } from '../calls/call.js';
import type { Application } from '../documents/application.js';
import type { Assessment } from '../documents/assessment.js';
import { budgetTotals } from '../documents/budget.js';
import { ALLOCATION_CRITERIA, type AllocationCriterion, EXCLUSIONS } from '../reference/criteria.js';
import { formatNok } from './issue.js';
import { areasNotInCall } from './priority-areas.js';
import { at, defineRule, NOT_CHECKED, type RuleInput } from './rule.js';

const proposesGrant = ({ doc }: RuleInput<Assessment>) => doc.proposal.recommendation === 'grant';
const grantAmount = (doc: Assessment) => (doc.proposal.recommendation === 'grant' ? doc.proposal.amount : 0);

const scoreUnjustified = defineRule<Assessment>({
  code: 'ASSESSMENT_SCORE_UNJUSTIFIED',
  source: '§ 5 (skjønnsmessig vurdering opp mot målene for ordningen)',
  summary: 'Hvert tildelingskriterium har en begrunnelse for poengsummen.',
  messages: {
    nb: (p) => `Poengsummen ${p.score} på «${p.criterion}» må begrunnes`,
    nn: (p) => `Poengsummen ${p.score} på «${p.criterion}» må grunngjevast`,
  },
  check: ({ doc }) =>
    (
      Object.entries(doc.criteria) as [AllocationCriterion, Assessment['criteria'][AllocationCriterion]][]
    ).flatMap(([id, c]) =>
      c.justification === undefined
        ? [at(['criteria', id, 'justification'], { score: c.score, criterion: ALLOCATION_CRITERIA[id] })]
        : [],
    ),
});

const exclusionUnchecked = defineRule<Assessment>({
  code: 'ASSESSMENT_EXCLUSION_UNCHECKED',
  source: '§ 5 og utlysningen (det gis ikke tilskudd til …)',
  summary: 'Hvert unntak i utlysningen er kontrollert.',
  needs: ['call'],
  messages: {
    nb: (p) => `Kontroller om søknaden faller inn under «${p.exclusion}»`,
    nn: (p) => `Kontroller om søknaden fell inn under «${p.exclusion}»`,
  },
  check: ({ doc, call }) =>
    (call?.exclusions ?? []).flatMap((id) =>
      doc.exclusions[id] === undefined ? [at(['exclusions', id], { exclusion: EXCLUSIONS[id] })] : [],
    ),
});

const excludedButProposed = defineRule<Assessment>({
  code: 'ASSESSMENT_EXCLUDED_BUT_PROPOSED',
  source: '§ 5 og utlysningen (det gis ikke tilskudd til …)',
  summary: 'En søknad som faller inn under et unntak, innstilles ikke på tilskudd.',
  when: proposesGrant,
  messages: {
    nb: (p) => `Søknaden faller inn under «${p.exclusion}» og kan ikke innstilles på tilskudd`,
    nn: (p) => `Søknaden fell inn under «${p.exclusion}» og kan ikkje innstillast på tilskot`,
  },
  check: ({ doc }) =>
    (Object.entries(doc.exclusions) as [keyof typeof EXCLUSIONS, { applies: boolean } | undefined][])
      .filter(([, check]) => check?.applies)
      .map(([id]) => at(['proposal', 'recommendation'], { exclusion: EXCLUSIONS[id] })),
});

const priorityAreaNotInCall = defineRule<Assessment>({
  code: 'ASSESSMENT_PRIORITY_AREA_NOT_IN_CALL',
  source: '§ 6 (prioriteringer framgår av kunngjøringen)',
  summary: 'Prioriterte områder vurderingen viser til, er blant utlysningens prioriterte områder.',
  needs: ['call'],
  messages: {
    nb: (p) => `«${p.area}» er ikke et prioritert område i utlysningen for ${p.year}`,
    nn: (p) => `«${p.area}» er ikkje eit prioritert område i utlysinga for ${p.year}`,
  },
  check: ({ doc, call }) =>
    call ? areasNotInCall(doc.priorityFit.areas, call, ['priorityFit', 'areas']) : [],
});

const requested = (application: Application | undefined) =>
  application ? budgetTotals(application.budget).requestedGrant : 0;

const amountUnexplained = defineRule<Assessment>({
  code: 'ASSESSMENT_AMOUNT_UNEXPLAINED',
  source: '§ 5 (skjønnsmessig vurdering) og § 7 (søknadsbeløp)',
  summary: 'Et foreslått tilskudd som er et annet enn søkt beløp, er begrunnet.',
  needs: ['application'],
  when: proposesGrant,
  messages: {
    nb: (p) => `Foreslått tilskudd ${p.amount} er et annet enn søkt beløp ${p.requested}: begrunn beløpet`,
    nn: (p) => `Føreslått tilskot ${p.amount} er eit anna enn søkt beløp ${p.requested}: grunngje beløpet`,
  },
  check: ({ doc, context }) => {
    const asked = requested(context.application);
    const amount = grantAmount(doc);
    return doc.proposal.recommendation === 'grant' && amount !== asked && !doc.proposal.amountReason
      ? [at(['proposal', 'amountReason'], { amount: formatNok(amount), requested: formatNok(asked) })]
      : [];
  },
});

const overRequested = defineRule<Assessment>({
  code: 'ASSESSMENT_OVER_REQUESTED',
  limit: 'amount',
  source: '§ 7 (søknadsbeløp)',
  summary: 'Foreslått tilskudd er ikke større enn det søknaden ber om.',
  needs: ['application'],
  when: proposesGrant,
  messages: {
    nb: (p) => `Foreslått tilskudd ${p.amount} er større enn søkt beløp ${p.requested}`,
    nn: (p) => `Føreslått tilskot ${p.amount} er større enn søkt beløp ${p.requested}`,
  },
  check: ({ doc, context }) => {
    const asked = requested(context.application);
    const amount = grantAmount(doc);
    return amount > asked
      ? [at(['proposal', 'amount'], { amount: formatNok(amount), requested: formatNok(asked) })]
      : [];
  },
});

/**
 * The most the call's rate allows for the application's positions, pro rata for FTE and months, plus the
 * competence funds the call allows; undefined when the call states no rate.
 */
export function maxGrantByRates(application: Application, call: Call): number | undefined {
  const cap = call.maxPerFullTimePosition;
  if (cap === undefined) return undefined;
  const positions = application.budget.positions.reduce(
    (sum, p) => sum + Math.floor((cap * p.ftePercent * p.months) / 1200),
    0,
  );
  const funds = call.competenceFunds;
  const competence =
    funds.status === 'none'
      ? 0
      : Math.min(
          application.budget.competenceFunds,
          funds.maxPerMeasure ?? application.budget.competenceFunds,
        );
  return positions + competence;
}

const overPositionCap = defineRule<Assessment>({
  code: 'ASSESSMENT_OVER_POSITION_CAP',
  limit: 'amount',
  source: 'Utlysningen: inntil fastsatt beløp per 100 % stilling (lønn og sosiale utgifter)',
  summary:
    'Foreslått tilskudd er innenfor det utlysningens sats gir for søknadens stillinger, forholdsmessig for stillingsprosent og måneder.',
  needs: ['application', 'call'],
  when: proposesGrant,
  messages: {
    nb: (p) =>
      `Foreslått tilskudd ${p.amount} er mer enn utlysningens sats gir for stillingene (høyst ${p.cap})`,
    nn: (p) =>
      `Føreslått tilskot ${p.amount} er meir enn satsen i utlysinga gir for stillingane (høgst ${p.cap})`,
  },
  check: ({ doc, call, context }) => {
    if (!call || !context.application) return [];
    const cap = maxGrantByRates(context.application, call);
    // A year whose rate the sources do not give (2022, 2023) cannot be judged: listed, not passed.
    if (cap === undefined) return NOT_CHECKED;
    const amount = grantAmount(doc);
    return amount > cap
      ? [at(['proposal', 'amount'], { amount: formatNok(amount), cap: formatNok(cap) })]
      : [];
  },
});

export const ASSESSMENT_RULES = [
  scoreUnjustified,
  exclusionUnchecked,
  excludedButProposed,
  priorityAreaNotInCall,
  amountUnexplained,
  overRequested,
  overPositionCap,
];
