import { ruleCatalogue } from '@sosialtilskudd/domain';
import type { Language } from '../i18n/language.js';

/**
 * The rules a submitted application may have been left unchecked by, in nynorsk: those needing history the
 * server may not hold (last year's report for a case from before the system, the grant years before it). The
 * catalogue's summaries are bokmål only; `unchecked-rules.test.ts` fails when an application rule that needs
 * such history has no entry here.
 */
const SUMMARIES_NN: Record<string, { summary: string; source: string }> = {
  CONTINUATION_REPORT_MISSING: {
    summary: 'Ei vidareføring har statusrapporten og rekneskapen frå i fjor, sende inn innan fristen.',
    source: '§ 8 og § 11 (manglande rapportering innan fristen gir avslag på ny søknad)',
  },
  CALL_NOT_ELIGIBLE: {
    summary:
      'Når utlysinga berre er for tidlegare mottakarar, fekk søkjaren tilskot under ordninga det året.',
    source: 'Utlysinga (til dømes kommunalt rusarbeid: berre kommunar som fekk tilskot i 2021)',
  },
};

const CATALOGUE = new Map(ruleCatalogue().map((r) => [r.code, r]));

/** What the server has for every application it judges (the call, the application itself). */
const ALWAYS_AT_HAND = new Set(['call', 'application']);

/** Application rules that may come back unchecked, for the test to hold the table to. */
export const MAY_BE_UNCHECKED = ruleCatalogue()
  .filter((r) => r.documentTypes.includes('application') && r.needs.some((n) => !ALWAYS_AT_HAND.has(n)))
  .map((r) => r.code);

export const hasNynorsk = (code: string) => code in SUMMARIES_NN;

/** The rule in words and where it comes from («… (§ 8 og § 11 …)»); never its code. */
export function ruleInWords(code: string, language: Language): string | undefined {
  const words = language === 'nn' ? SUMMARIES_NN[code] : CATALOGUE.get(code);
  return words ? `${words.summary} (${words.source})` : undefined;
}
