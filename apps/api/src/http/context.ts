import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import type { Outcome } from './idempotency.js';
import { notFound } from './problems.js';

/** What every route module gets: storage, the clock, and who is asking. */
export interface AppContext {
  db: Database;
  /** The server's clock; fixed in tests and demos so the calls' deadlines can be met. */
  now: () => Date;
  authenticate: (request: FastifyRequest) => Promise<Principal>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID names nothing: 404, the same as an id that does not exist. */
export function idParam(request: FastifyRequest, name = 'applicationId'): string {
  const value = (request.params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !UUID.test(value)) throw notFound();
  return value.toLowerCase();
}

export function send(reply: FastifyReply, outcome: Outcome, etag?: string) {
  if (etag) reply.header('ETag', etag);
  if (outcome.replayed) reply.header('Idempotency-Replayed', 'true');
  return reply.code(outcome.status).send(outcome.body);
}
