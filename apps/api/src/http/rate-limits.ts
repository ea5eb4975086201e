import rateLimit from '@fastify/rate-limit';
import { isRateLimited, type Operation } from '@sosialtilskudd/api-contract';
import type { FastifyInstance } from 'fastify';
import type { RateLimit } from './operations.js';
import { HttpProblem } from './problems.js';

/** Requests per minute from one address, for what anyone may call without a token, and for logging in. */
export interface RateLimits {
  open: number;
  login: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { open: 600, login: 60 };

const MINUTE = 60_000;

/**
 * @fastify/rate-limit on every operation that needs no token (reference data, document validation, the login),
 * as the operation table says (`rateLimit`), counted per client address in this process's memory: several
 * processes each count their own. Operations that need a token are not limited here; the identity provider
 * knows who calls them. A client over the limit gets 429 with Retry-After, a problem like every other refusal.
 */
export function rateLimits(app: FastifyInstance, limits: RateLimits) {
  app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        'RATE_LIMITED',
        'For mange forespørsler',
        `Høyst ${context.max} forespørsler i minuttet fra samme adresse; prøv igjen om ${context.after}.`,
      ),
  });
  return (op: Operation): RateLimit | undefined =>
    isRateLimited(op)
      ? { max: op.rateLimit === 'login' ? limits.login : limits.open, timeWindow: MINUTE }
      : undefined;
}
