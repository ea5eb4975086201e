import {
  ALLOCATION_CRITERIA,
  ALLOCATION_CRITERIA_NN,
  ASSESSMENT_SCALE,
  CALLS,
  COST_CATEGORIES,
  COST_CATEGORIES_NN,
  COUNTY_OFFICES,
  EXCLUSIONS,
  GOAL_CRITERIA,
  PRIORITY_AREAS,
  PRIORITY_AREAS_NN,
  REJECTION_REASONS,
} from '@sosialtilskudd/domain';
import type { Language } from '../validation/issue.js';

type Labels = Record<string, { nb: string; nn: string }>;

/** Reference lists whose bokmål names live in the domain; nynorsk beside them here where the domain has none. */
const withNn = (nb: Record<string, string>, nn: Record<string, string>): Labels =>
  Object.fromEntries(Object.entries(nb).map(([id, text]) => [id, { nb: text, nn: nn[id] ?? text }]));

const GOAL_CRITERIA_NN: Record<keyof typeof GOAL_CRITERIA, string> = {
  'individuell-tilpasning': 'Betre individuell tilpassing og meir heilskapleg oppfølging av den enkelte',
  brukermedvirkning: 'Styrkt brukarmedverknad og brukarorientering',
  'tidlig-innsats': 'Tidleg innsats og førebyggjande arbeid',
  kompetanse: 'Auka kunnskap og kompetanse',
  samordning: 'Koordinerte og samordna tenester',
  'nye-arbeidsmetoder': 'Det er utvikla nye arbeidsmetodar',
  'nye-samarbeidsrelasjoner': 'Det er etablert nye samarbeidsrelasjonar med aktørar utanfor Nav-kontoret',
  'inkludering-og-levekar':
    'Målgruppa opplever auka inkludering i arbeid og samfunnsliv og har fått betre levekår',
};

const EXCLUSIONS_NN: Record<keyof typeof EXCLUSIONS, string> = {
  'ferdig-utviklede-metoder': 'Implementering av ferdig utvikla metodar og arbeidsmåtar',
  'kun-kapasitetsokning': 'Søknader som berre skildrar kapasitetsauke i tenesta',
  'direkte-utbetaling-til-bruker': 'Tiltak der det førekjem direkte utbetalingar til brukar (§ 5)',
};

const REJECTION_REASONS_NN: Record<keyof typeof REJECTION_REASONS, string> = {
  'manglende-rapportering': 'Manglande status- og rekneskapsrapport for året før innan fristen (§ 8, § 11)',
  'ikke-prioritert': 'Søknaden er ikkje prioritert innanfor ramma (§ 5)',
  'utenfor-ordningen':
    'Tiltaket fell utanfor føremålet med ordninga eller det som blir gitt tilskot til (§ 5)',
  'for-sent': 'Søknaden kom inn etter søknadsfristen',
  'mangelfull-soknad': 'Søknaden manglar opplysningar som er kravde (§ 7)',
  annet: 'Anna grunngiving',
};

/** The assessment scale (§ 5), shown with its number so the sum the round ranks by can be followed. */
const SCORE_NN: Record<keyof typeof ASSESSMENT_SCALE, string> = {
  0: 'Ikkje teke vare på',
  1: 'I liten grad',
  2: 'I nokon grad',
  3: 'I stor grad',
};
const SCORE_LABELS: Labels = Object.fromEntries(
  Object.entries(ASSESSMENT_SCALE).map(([score, nb]) => [
    score,
    { nb: `${score} – ${nb}`, nn: `${score} – ${SCORE_NN[Number(score) as keyof typeof SCORE_NN]}` },
  ]),
);

/** Nynorsk for reference texts that are also schema titles (the assessment's criteria and exclusions). */
export const REFERENCE_TITLES_NN: Record<string, string> = Object.fromEntries(
  [
    ...Object.entries(withNn(ALLOCATION_CRITERIA, ALLOCATION_CRITERIA_NN)),
    ...Object.entries(withNn(EXCLUSIONS, EXCLUSIONS_NN)),
  ].map(([, { nb, nn }]) => [nb, nn]),
);

const COUNTY_OFFICE_NAMES: Record<string, string> = Object.fromEntries(
  COUNTY_OFFICES.map((o) => [o.id, o.names.at(-1)?.value ?? o.id]),
);
const COUNTY_OFFICES_NN = Object.fromEntries(
  Object.entries(COUNTY_OFFICE_NAMES).map(([id, name]) => [
    id,
    name.replace('Statsforvalteren', 'Statsforvaltaren'),
  ]),
);

const STATUS_WORDS: Labels = {
  new: { nb: 'Nytt tiltak', nn: 'Nytt tiltak' },
  continuation: { nb: 'Videreføring', nn: 'Vidareføring' },
  applied: { nb: 'Søkt', nn: 'Søkt' },
  received: { nb: 'Mottatt', nn: 'Motteke' },
  granted: { nb: 'Innvilget', nn: 'Innvilga' },
  achieved: { nb: 'Oppnådd', nn: 'Oppnådd' },
  partly: { nb: 'Delvis', nn: 'Delvis' },
  'not-achieved': { nb: 'Ikke oppnådd', nn: 'Ikkje oppnådd' },
  'not-relevant': { nb: 'Ikke relevant', nn: 'Ikkje relevant' },
  implemented: { nb: 'Ja', nn: 'Ja' },
  'not-implemented': { nb: 'Nei', nn: 'Nei' },
};

/** The national trials' models by id, as the calls name them (the same in both written standards). */
const NATIONAL_TRIALS: Labels = Object.fromEntries(
  CALLS.flatMap((c) => c.nationalTrials.map((t) => [t.id, { nb: t.title, nn: t.title }])),
);

/** Every enum value a form shows, by the value: ids are unique across the lists. */
const ENUM_LABELS: Labels = {
  ...withNn(PRIORITY_AREAS, PRIORITY_AREAS_NN),
  ...withNn(ALLOCATION_CRITERIA, ALLOCATION_CRITERIA_NN),
  ...withNn(GOAL_CRITERIA, GOAL_CRITERIA_NN),
  ...withNn(COST_CATEGORIES, COST_CATEGORIES_NN),
  ...withNn(COUNTY_OFFICE_NAMES, COUNTY_OFFICES_NN),
  ...withNn(REJECTION_REASONS, REJECTION_REASONS_NN),
  ...NATIONAL_TRIALS,
  ...STATUS_WORDS,
};

/**
 * A readable name for an enum value. Allocation and goal criteria share some ids with different wording; the
 * list a field belongs to decides, so callers pass it when they know it.
 */
export function enumLabel(value: string, language: Language, list?: 'goal' | 'score'): string {
  if (list === 'score') return SCORE_LABELS[value]?.[language] ?? value;
  if (list === 'goal') {
    const goal = GOAL_CRITERIA[value as keyof typeof GOAL_CRITERIA];
    if (goal)
      return language === 'nn' ? (GOAL_CRITERIA_NN[value as keyof typeof GOAL_CRITERIA] ?? goal) : goal;
  }
  const labels = ENUM_LABELS[value];
  return labels ? labels[language] : value;
}
