export interface GrantScheme {
  readonly id: SchemeId;
  readonly title: string;
  /** Lovdata's id of the regulation, where the scheme has one in our sources. */
  readonly regulation?: { readonly id: string; readonly title: string; readonly url: string };
  /** Chapter and post of the state budget; repayments quote them (§ 10). Unset where the sources do not say. */
  readonly budgetChapter?: string;
  readonly budgetPost?: string;
  readonly recipient: string;
  /** The words that name the scheme however a document words the rest (a repayment names it, § 10), lower case. */
  readonly namedBy: readonly string[];
}

export type SchemeId = 'utvikling-sosiale-tjenester' | 'kommunalt-rusarbeid';
export const SCHEME_IDS = ['utvikling-sosiale-tjenester', 'kommunalt-rusarbeid'] as const;

export const SCHEMES: Readonly<Record<SchemeId, GrantScheme>> = {
  'utvikling-sosiale-tjenester': {
    id: 'utvikling-sosiale-tjenester',
    title: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret',
    regulation: {
      id: 'FOR-2020-12-15-2787',
      title:
        'Forskrift om tilskudd til utvikling av de sosiale tjenestene i NAV-kontoret, kap. 0621, post 63',
      url: 'https://lovdata.no/LTI/forskrift/2020-12-15-2787',
    },
    budgetChapter: '0621',
    budgetPost: '63',
    recipient: 'Kommunen i Nav-kontoret (§ 4)',
    namedBy: [
      'utvikling av de sosiale tjenestene',
      'utvikling av sosiale tjenester',
      'utvikling av dei sosiale tenestene',
      'utvikling av sosiale tenester',
    ],
  },
  // Seed 004: being wound down; the sources name neither regulation nor budget post.
  'kommunalt-rusarbeid': {
    id: 'kommunalt-rusarbeid',
    title: 'Tilskudd til kommunalt rusarbeid',
    recipient: 'Kommuner som fikk tilskudd i 2021',
    namedBy: ['kommunalt rusarbeid'],
  },
};

/** Whether `text` names `scheme`: «Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret», «utvikling av sosiale tjenester» … */
export function namesScheme(text: string, scheme: GrantScheme): boolean {
  const written = text.toLowerCase().replace(/\s+/g, ' ');
  return scheme.namedBy.some((name) => written.includes(name));
}
