import type { components } from './generated/openapi.js';

export type Problem = components['schemas']['Problem'];
export type Issue = components['schemas']['Issue'];

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).status === 'number' &&
    typeof (body as Problem).code === 'string'
  );
}

/**
 * Every non-2xx answer from the API, as an RFC 9457 problem. Integrators key on `code` and on each issue's
 * `code` and `path` (a JSON Pointer into the document that was sent), never on the Norwegian text.
 */
export class TilskuddProblemError extends Error {
  override readonly name = 'TilskuddProblemError';
  readonly status: number;
  readonly code: string;
  readonly issues: Issue[];
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.issues = problem.issues ?? [];
  }

  /** A body that is not a problem (a proxy's HTML page, say) still becomes one, coded by its status. */
  static from(response: Response, body: unknown): TilskuddProblemError {
    if (isProblem(body)) return new TilskuddProblemError(body);
    return new TilskuddProblemError({
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      code: `HTTP_${response.status}`,
    });
  }
}
