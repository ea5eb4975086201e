import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import type { Language } from '../i18n/language.js';

export interface ShownIssue {
  code: string;
  /** JSON Pointer into the document that was sent. */
  path: string;
  message: string;
}

/** An API refusal (RFC 9457 problem) or a failure to reach the API, ready to show. */
export interface ShownProblem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  issues: ShownIssue[];
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

/** The API writes its texts in bokmål and, for the domain's rules, also in nynorsk (messageNn). */
export function toShownProblem(error: unknown, language: Language): ShownProblem {
  if (error instanceof TilskuddProblemError) {
    return {
      status: error.status,
      code: error.code,
      title: error.problem.title,
      ...(error.problem.detail ? { detail: error.problem.detail } : {}),
      issues: error.issues.map((i) => ({
        code: i.code,
        path: i.path,
        message: language === 'nn' && i.messageNn ? i.messageNn : i.message,
      })),
    };
  }
  if (isNetworkError(error)) return { status: 0, code: 'NETWORK_ERROR', ...NETWORK[language], issues: [] };
  return { status: 0, code: 'CLIENT_ERROR', ...UNEXPECTED[language], issues: [] };
}

export const isProblem = (error: unknown, status: number): boolean =>
  error instanceof TilskuddProblemError && error.status === status;
