/**
 * § 9 in a letter's own words: the decision is not an individual decision (enkeltvedtak) and cannot be appealed.
 * County systems word it differently («er ikke å anse som et enkeltvedtak», «kan ikkje påklagast», «ingen
 * klageadgang», «reglene om klage gjelder ikke»), so the statement is read as words, not matched as one sentence:
 * each part is a keyword with a negation close before it in the same clause (and in the same statement: «er ikke
 * et enkeltvedtak og kan påklages» says one thing, not two), or a «gjelder ikke» after it.
 */
const NEGATIONS = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'intet', 'uten', 'utan']);
/** Words that start a new statement inside a clause: «er ikke et enkeltvedtak og kan påklages» denies only the first. */
const BARRIERS = new Set(['kan', 'og', 'men', 'så', 'dersom', 'hvis', 'viss', 'om', 'når']);
/** Verbs after which a negation denies the keyword before them: «klagerett foreligger ikke». */
const DENYING_VERBS = new Set([
  'gjelder',
  'gjeld',
  'foreligger',
  'føreligg',
  'finnes',
  'finst',
  'eksisterer',
]);
/** «Klage er ikke mulig»; but «klagen er ikke avgjort» says nothing of the right to appeal. */
const IMPOSSIBLE = new Set(['mulig', 'mogleg', 'tillatt', 'tillate', 'aktuelt', 'aktuell']);
/** Tokens between a negation and the keyword it denies: «ikke å anse som et enkeltvedtak» is five. */
const WINDOW = 5;

const isIndividualDecision = (t: string) => t.startsWith('enkeltvedtak');
const isAppeal = (t: string) => t.startsWith('klage') || t.startsWith('påklag');

function clauses(text: string): string[][] {
  return text
    .toLowerCase()
    .split(/[.;:!?,\n]/)
    .map((c) => c.split(/[^\p{L}\p{N}§]+/u).filter(Boolean));
}

function denied(words: string[], i: number): boolean {
  const before = words.slice(0, i);
  // «verken … eller …» denies everything it lists.
  if (before.includes('verken')) return true;
  const start = Math.max(i - WINDOW, ...before.map((w, j) => (BARRIERS.has(w) ? j + 1 : 0)));
  if (words.slice(start, i).some((w) => NEGATIONS.has(w))) return true;
  for (let j = i + 1; j < Math.min(words.length, i + WINDOW); j++) {
    const verb = words[j] as string;
    const negation = words[j + 1];
    if (negation === undefined || !NEGATIONS.has(negation)) continue;
    const after = words[j + 2];
    if (DENYING_VERBS.has(verb) || (verb === 'er' && (after === undefined || IMPOSSIBLE.has(after))))
      return true;
  }
  return false;
}

function says(text: string, isKeyword: (word: string) => boolean): boolean {
  return clauses(text).some((words) => words.some((w, i) => isKeyword(w) && denied(words, i)));
}

/** Whether a letter's statement says both halves of § 9, in bokmål or nynorsk, in whatever words. */
export function statesNoAppeal(statement: string): boolean {
  return says(statement, isIndividualDecision) && says(statement, isAppeal);
}
