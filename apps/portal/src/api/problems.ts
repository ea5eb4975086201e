import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import type { RuleIssue } from '@sosialtilskudd/domain';
import { schemaText } from '@sosialtilskudd/forms';
import type { Language } from '../i18n/language.js';

export interface ShownIssue {
  code: string;
  /** JSON Pointer into the document that was sent. */
  path: string;
  /** The field's label and what is wrong: what a list of errors shows. */
  message: string;
  /** What is wrong, without the label: what the field itself shows under its own label. */
  text: string;
}

/** An API refusal (RFC 9457 problem) or a failure to reach the API, ready to show. */
export interface ShownProblem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  issues: ShownIssue[];
  /** The API's issues as it sent them, for a form that words them itself (DocumentForm's serverIssues). */
  ruleIssues: RuleIssue[];
}

const NETWORK: Record<Language, Pick<ShownProblem, 'title' | 'detail'>> = {
  nb: { title: 'Fikk ikke kontakt med tjenesten', detail: 'Sjekk nettforbindelsen og prøv igjen.' },
  nn: { title: 'Fekk ikkje kontakt med tenesta', detail: 'Sjekk nettsambandet og prøv igjen.' },
};

const UNEXPECTED: Record<Language, Pick<ShownProblem, 'title' | 'detail'>> = {
  nb: { title: 'Noe gikk galt i nettleseren', detail: 'Last siden på nytt og prøv igjen.' },
  nn: { title: 'Noko gjekk gale i nettlesaren', detail: 'Last sida på nytt og prøv igjen.' },
};

/** fetch() rejects with a TypeError when the network, not the API, failed. */
export const isNetworkError = (error: unknown): boolean =>
  error instanceof TypeError && /fetch|network/i.test(error.message);

/** The problem's heading by its status, in the person's language (the API's titles are bokmål only). */
const TITLES: Record<number, Record<Language, string>> = {
  400: { nb: 'Noe i det som ble sendt, er ikke riktig', nn: 'Noko i det som vart sendt, er ikkje rett' },
  401: { nb: 'Du er ikke logget inn', nn: 'Du er ikkje logga inn' },
  403: { nb: 'Du har ikke tilgang til dette', nn: 'Du har ikkje tilgang til dette' },
  404: { nb: 'Fant ikke saken', nn: 'Fann ikkje saka' },
  409: { nb: 'Saken tillater ikke dette nå', nn: 'Saka tillèt ikkje dette no' },
  412: { nb: 'Noen andre har endret dette i mellomtiden', nn: 'Nokon andre har endra dette i mellomtida' },
  422: { nb: 'Dette må rettes før det kan sendes', nn: 'Dette må rettast før det kan sendast' },
};
const SERVER_FAILED: Record<Language, string> = {
  nb: 'Tjenesten svarte ikke som den skulle. Prøv igjen om litt.',
  nn: 'Tenesta svarte ikkje som ho skulle. Prøv igjen om litt.',
};

/**
 * The label the API puts first in both languages' messages («Telefon: …»), and the words after it. The API
 * writes the label in bokmål in both; the portal names it in the person's language.
 */
function splitLabel(issue: RuleIssue, language: Language): Pick<ShownIssue, 'message' | 'text'> {
  const message = language === 'nn' && issue.messageNn ? issue.messageNn : issue.message;
  const colon = issue.message.indexOf(': ');
  const label = colon > 0 ? issue.message.slice(0, colon) : '';
  if (!label || !issue.messageNn?.startsWith(`${label}: `)) return { message, text: message };
  const text = message.slice(label.length + 2);
  return { message: `${schemaText(label, language)}: ${text}`, text };
}

/** An API refusal, or a failure to reach the API, in the person's language and words. */
export function toShownProblem(error: unknown, language: Language): ShownProblem {
  if (error instanceof TilskuddProblemError) {
    const ruleIssues = error.issues.map((i) => ({ ...i, messageNn: i.messageNn ?? i.message }));
    const title = TITLES[error.status]?.[language] ?? SERVER_FAILED[language];
    const detail = error.status >= 500 ? undefined : error.problem.detail;
    return {
      status: error.status,
      code: error.code,
      title,
      // The API's detail says what happened in this case (in bokmål); a validation's detail only counts issues.
      ...(detail && error.issues.length === 0 ? { detail } : {}),
      issues: ruleIssues.map((i) => ({ code: i.code, path: i.path, ...splitLabel(i, language) })),
      ruleIssues,
    };
  }
  if (isNetworkError(error))
    return { status: 0, code: 'NETWORK_ERROR', ...NETWORK[language], issues: [], ruleIssues: [] };
  return { status: 0, code: 'CLIENT_ERROR', ...UNEXPECTED[language], issues: [], ruleIssues: [] };
}

export const isProblem = (error: unknown, status: number): boolean =>
  error instanceof TilskuddProblemError && error.status === status;
