/** §3 Kriterier for måloppnåelse: what status and final reports answer to. */
export const GOAL_CRITERIA = {
  'individuell-tilpasning': 'Bedre individuell tilpasning og mer helhetlig oppfølging av den enkelte',
  brukermedvirkning: 'Styrket brukermedvirkning og brukerorientering',
  'tidlig-innsats': 'Tidlig innsats og forebyggende arbeid',
  kompetanse: 'Økt kunnskap og kompetanse',
  samordning: 'Koordinerte og samordnede tjenester',
  'nye-arbeidsmetoder': 'Det er utviklet nye arbeidsmetoder',
  'nye-samarbeidsrelasjoner': 'Det er etablert nye samarbeidsrelasjoner med aktører utenfor Nav-kontoret',
  'inkludering-og-levekar':
    'Målgruppen opplever økt inkludering i arbeid og samfunnsliv og har fått bedret sine levekår',
} as const;

export type GoalCriterion = keyof typeof GOAL_CRITERIA;
export const GOAL_CRITERION_IDS = Object.keys(GOAL_CRITERIA) as [GoalCriterion, ...GoalCriterion[]];

/** §5 Tildelingskriterier: what an application may show it meets. */
export const ALLOCATION_CRITERIA = {
  'helhetlig-innsats-fattigdom':
    'Helhetlig lokal innsats for å forebygge og redusere fattigdom og sosial eksklusjon',
  'individuell-tilpasning': 'Individuell tilpasning og helhetlig oppfølging av den enkelte og dens familie',
  brukermedvirkning: 'Styrket brukermedvirkning og brukerorientering på system- og individnivå',
  'nye-arbeidsmetoder': 'Utvikling av nye arbeidsmetoder og samarbeidsformer',
  kompetanseheving:
    'Kompetanseheving, økt kunnskap og bedre oversikter over levekårsutfordringer i kommunene',
  'samarbeid-mellom-tjenester': 'Samarbeid mellom tjenester',
  'interkommunalt-samarbeid': 'Interkommunalt samarbeid',
  'forebygging-tidlig-innsats': 'Styrket forebyggende arbeid og tidlig innsats',
} as const;

export type AllocationCriterion = keyof typeof ALLOCATION_CRITERIA;
export const ALLOCATION_CRITERION_IDS = Object.keys(ALLOCATION_CRITERIA) as [
  AllocationCriterion,
  ...AllocationCriterion[],
];

/** § 5's allocation criteria in nynorsk. */
export const ALLOCATION_CRITERIA_NN: Record<keyof typeof ALLOCATION_CRITERIA, string> = {
  'helhetlig-innsats-fattigdom':
    'Heilskapleg lokal innsats for å førebyggje og redusere fattigdom og sosial eksklusjon',
  'individuell-tilpasning': 'Individuell tilpassing og heilskapleg oppfølging av den enkelte og familien',
  brukermedvirkning: 'Styrkt brukarmedverknad og brukarorientering på system- og individnivå',
  'nye-arbeidsmetoder': 'Utvikling av nye arbeidsmetodar og samarbeidsformer',
  kompetanseheving:
    'Kompetanseheving, auka kunnskap og betre oversikter over levekårsutfordringar i kommunane',
  'samarbeid-mellom-tjenester': 'Samarbeid mellom tenester',
  'interkommunalt-samarbeid': 'Interkommunalt samarbeid',
  'forebygging-tidlig-innsats': 'Styrkt førebyggjande arbeid og tidleg innsats',
};

/** Priority areas named in the calls 2022–2025 (seeds 000, 001, 003, 004). Each call lists the ones it uses. */
export const PRIORITY_AREAS = {
  barnefamilier: 'Barnefamilier',
  ungdom: 'Ungdom',
  'boligsosialt-arbeid': 'Boligsosialt arbeid',
  'helhetlig-tjenestetilbud': 'Helhetlig og samordnet tjenestetilbud tilpasset brukernes behov',
  'barnefamilier-ungdom-innvandrere-langtidsmottakere':
    'Arbeid med barnefamilier, ungdom, innvandrere og langtidsmottakere av sosiale tjenester',
  'innvandrere-langtidsmottakere': 'Arbeid med innvandrere og langtidsmottakere av sosiale tjenester',
  'sarbare-overganger':
    'Sikring av sårbare overganger, blant annet etter gjennomført straff, mellom utdanning og arbeidsliv og mellom ulike tjenester som barnevernet og Nav',
  'forebygging-tidlig-innsats': 'Forebygging og/eller tidlig innsats',
  'videreforing-stillinger': 'Videreføring av eksisterende stillinger i kommunalt rusarbeid',
} as const;

export type PriorityArea = keyof typeof PRIORITY_AREAS;
export const PRIORITY_AREA_IDS = Object.keys(PRIORITY_AREAS) as [PriorityArea, ...PriorityArea[]];

/** The priority areas in nynorsk, for forms and documents in the office's written standard. */
export const PRIORITY_AREAS_NN: Record<keyof typeof PRIORITY_AREAS, string> = {
  barnefamilier: 'Barnefamiliar',
  ungdom: 'Ungdom',
  'boligsosialt-arbeid': 'Bustadsosialt arbeid',
  'helhetlig-tjenestetilbud': 'Heilskapleg og samordna tenestetilbod tilpassa behova til brukarane',
  'barnefamilier-ungdom-innvandrere-langtidsmottakere':
    'Arbeid med barnefamiliar, ungdom, innvandrarar og langtidsmottakarar av sosiale tenester',
  'innvandrere-langtidsmottakere': 'Arbeid med innvandrarar og langtidsmottakarar av sosiale tenester',
  'sarbare-overganger':
    'Sikring av sårbare overgangar, mellom anna etter gjennomført straff, mellom utdanning og arbeidsliv og mellom ulike tenester som barnevernet og Nav',
  'forebygging-tidlig-innsats': 'Førebygging og/eller tidleg innsats',
  'videreforing-stillinger': 'Vidareføring av eksisterande stillingar i kommunalt rusarbeid',
};

/** §5 and the calls: never funded, every year. */
export const EXCLUSIONS = {
  'ferdig-utviklede-metoder': 'Implementering av ferdig utviklede metoder og arbeidsmåter',
  'kun-kapasitetsokning': 'Søknader som kun beskriver kapasitetsøkning i tjenesten',
  'direkte-utbetaling-til-bruker': 'Tiltak hvor det forekommer direkte utbetalinger til bruker (§ 5)',
} as const;

export type Exclusion = keyof typeof EXCLUSIONS;
export const EXCLUSION_IDS = Object.keys(EXCLUSIONS) as [Exclusion, ...Exclusion[]];
