import type { Issue as IssueSchema, Problem as ProblemSchema } from '@sosialtilskudd/api-contract';
import { type RuleIssue, SCHEMA_BASE_URL } from '@sosialtilskudd/domain';
import type { z } from 'zod';

export type Problem = z.input<typeof ProblemSchema>;
export type Issue = z.input<typeof IssueSchema>;

/** A refusal the route meant: becomes an RFC 9457 application/problem+json answer with its code. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly issues?: readonly Issue[],
  ) {
    super(detail ?? title);
  }

  toJSON(instance?: string): Problem {
    return {
      type: `${SCHEMA_BASE_URL}/problems/${this.code.toLowerCase().replaceAll('_', '-')}`,
      title: this.title,
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.issues ? { issues: [...this.issues] } : {}),
    };
  }
}

/** One API-level finding in the same shape as the domain's rule issues, in bokmål and, where given, nynorsk. */
export function issue(code: string, path: string, message: string, messageNn?: string): Issue {
  return { code, path, message, ...(messageNn ? { messageNn } : {}) };
}

export const toIssues = (issues: readonly RuleIssue[]): Issue[] =>
  issues.map(({ code, path, message, messageNn, source }) => ({
    code,
    path,
    message,
    messageNn,
    ...(source ? { source } : {}),
  }));

export const notFound = () =>
  new HttpProblem(
    404,
    'NOT_FOUND',
    'Finnes ikke',
    'Ressursen finnes ikke, eller du har ikke tilgang til den.',
  );

export const forbidden = (detail: string) => new HttpProblem(403, 'FORBIDDEN', 'Ingen tilgang', detail);

export const unauthenticated = (detail: string) =>
  new HttpProblem(401, 'UNAUTHENTICATED', 'Ikke innlogget', detail);

/** Not the caller's fault: the token could not be checked because the identity provider did not answer. */
export const identityProviderUnavailable = () =>
  new HttpProblem(
    503,
    'IDENTITY_PROVIDER_UNAVAILABLE',
    'Innloggingen kan ikke kontrolleres nå',
    'Identitetstilbyderen svarer ikke, så vi kan ikke kontrollere innloggingen. Prøv igjen om litt.',
  );

export const invalidDocument = (issues: readonly Issue[]) =>
  new HttpProblem(
    422,
    'VALIDATION_FAILED',
    'Dokumentet er ikke gyldig',
    `${issues.length} feil; se issues for kode og felt.`,
    issues,
  );

export const conflict = (code: string, detail: string) =>
  new HttpProblem(409, code, 'Saken tillater ikke operasjonen', detail);

export const badRequest = (code: string, detail: string) =>
  new HttpProblem(400, code, 'Ugyldig forespørsel', detail);
