import { type Call, findCall, type SchemeId } from '@sosialtilskudd/domain';
import type { Language } from '../validation/issue.js';

const SCHEME_TITLES_NN: Record<SchemeId, string> = {
  'utvikling-sosiale-tjenester': 'Tilskot til utvikling av dei sosiale tenestene i Nav-kontoret',
  'kommunalt-rusarbeid': 'Tilskot til kommunalt rusarbeid',
};

/**
 * A call by its name, never its id: «Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret 2025», in
 * nynorsk «Tilskot til …» (the domain's titles are bokmål). An unknown id gives undefined.
 */
export function callTitle(call: Call | string, language: Language): string | undefined {
  const found = typeof call === 'string' ? findCall(call) : call;
  if (!found) return undefined;
  return language === 'nn' ? `${SCHEME_TITLES_NN[found.schemeId]} ${found.year}` : found.title;
}
