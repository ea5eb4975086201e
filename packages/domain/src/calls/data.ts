import type { Call } from './call.js';
import type { Deadline } from './deadline.js';

const oslo = (date: string): Deadline => ({ date, timeZone: 'Europe/Oslo' });

const UTVIKLING = 'utvikling-sosiale-tjenester' as const;
const TITLE = 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret';

/** What is the same in every year's call of the scheme: §5 (one year at a time, up to three years, 36 months). */
const utviklingDefaults = {
  documentType: 'call',
  schemaVersion: 1,
  schemeId: UTVIKLING,
  grantPeriodMonths: 12,
  maxMonthsPerMeasure: 36,
  maxYearsPerMeasure: 3,
  continuationOnly: false,
  exclusions: ['ferdig-utviklede-metoder', 'kun-kapasitetsokning', 'direkte-utbetaling-til-bruker'],
  nationalTrials: [],
} as const satisfies Partial<Call>;

const PRIORITIES_2022_2023 = {
  special: [],
  general: [
    'helhetlig-tjenestetilbud',
    'barnefamilier-ungdom-innvandrere-langtidsmottakere',
    'sarbare-overganger',
    'forebygging-tidlig-innsats',
  ],
} as const satisfies Call['priorityAreas'];

const PRIORITIES_2024_2025 = {
  special: ['barnefamilier', 'ungdom', 'boligsosialt-arbeid'],
  general: [
    'helhetlig-tjenestetilbud',
    'innvandrere-langtidsmottakere',
    'sarbare-overganger',
    'forebygging-tidlig-innsats',
  ],
} as const satisfies Call['priorityAreas'];

export const CALLS: readonly Call[] = [
  {
    ...utviklingDefaults,
    id: 'utvikling-sosiale-tjenester-2022',
    year: 2022,
    title: `${TITLE} 2022`,
    applicationDeadline: oslo('2022-02-01'),
    reportingDeadline: oslo('2023-02-01'),
    // The position cap for 2022 is not in our sources: left unset, not invented.
    competenceFunds: { status: 'allowed', maxPerMeasure: 20_000 },
    priorityAreas: PRIORITIES_2022_2023,
    sources: [
      'Seed 004: Statsforvalteren, 27.01.2022 (lønn til stillinger, inntil tre år, prioriteringer 2022, frist 1. februar)',
      'DOMAIN.md: kompetansemidler 20 000 kr i 2022',
    ],
  },
  {
    ...utviklingDefaults,
    id: 'utvikling-sosiale-tjenester-2023',
    year: 2023,
    title: `${TITLE} 2023`,
    applicationDeadline: oslo('2023-02-01'),
    reportingDeadline: oslo('2024-02-01'),
    // "Stilling og kompetansemidler inntil 3 år"; neither amount is in our sources.
    competenceFunds: { status: 'allowed' },
    priorityAreas: PRIORITIES_2022_2023,
    nationalTrials: [
      { id: 'ssa', title: 'SSA – sysselsetting, språkombud og arbeidsnorsk' },
      { id: 'back-to-school', title: 'Back to school / Stay at school' },
    ],
    sources: ['Seed 003: Statsforvalteren i Innlandet, 09.01.2023'],
  },
  {
    ...utviklingDefaults,
    id: 'utvikling-sosiale-tjenester-2024',
    year: 2024,
    title: `${TITLE} 2024`,
    applicationDeadline: oslo('2024-02-01'),
    reportingDeadline: oslo('2025-02-01'),
    maxPerFullTimePosition: 650_000,
    competenceFunds: { status: 'allowed', maxPerMeasure: 20_000 },
    priorityAreas: PRIORITIES_2024_2025,
    sources: [
      'Seed 001: nav.no, «Kort om tilskudd til utvikling av sosiale tjenester i NAV-kontoret» (2024)',
    ],
  },
  {
    ...utviklingDefaults,
    id: 'utvikling-sosiale-tjenester-2025',
    year: 2025,
    title: `${TITLE} 2025`,
    // 1 February 2025 was a Saturday; the deadline does not move to the Monday by itself.
    applicationDeadline: oslo('2025-02-01'),
    reportingDeadline: oslo('2026-02-01'),
    maxPerFullTimePosition: 750_000,
    // "Som følge av at stillingsbeløpet ble oppjustert blir det ikke lengre tildelt egne kompetansemidler."
    competenceFunds: { status: 'none' },
    priorityAreas: PRIORITIES_2024_2025,
    sources: ['Seed 000: Statsforvalteren i Innlandet, 2025'],
  },
  ...[2023, 2024].map(
    (year): Call => ({
      documentType: 'call',
      schemaVersion: 1,
      id: `kommunalt-rusarbeid-${year}`,
      schemeId: 'kommunalt-rusarbeid',
      year,
      title: `Tilskudd til kommunalt rusarbeid ${year}`,
      applicationDeadline: oslo(`${year}-02-15`),
      // The reporting deadline is not in our sources.
      maxPerFullTimePosition: 330_000,
      competenceFunds: { status: 'none' },
      grantPeriodMonths: 12,
      // Lasting capacity, not time-limited projects: no limit on years per measure.
      continuationOnly: true,
      eligibleIfGrantedIn: 2021,
      priorityAreas: { special: [], general: ['videreforing-stillinger'] },
      exclusions: [],
      nationalTrials: [],
      sources: [
        'Seed 004: «Tilskudd til kommunalt rusarbeid avvikles!» – bare kommuner som fikk tilskudd i 2021, bare videreføring av eksisterende stillinger, søknadsfrist 15. februar, 330 000 kr per stilling 2023–2024',
      ],
    }),
  ),
];

export function findCall(id: string): Call | undefined {
  return CALLS.find((c) => c.id === id);
}

export function findCallByYear(year: number, schemeId: Call['schemeId'] = UTVIKLING): Call | undefined {
  return CALLS.find((c) => c.year === year && c.schemeId === schemeId);
}
