import type { Readable } from 'node:stream';
import {
  type BinaryBody,
  type BinaryContent,
  type DocumentBody,
  declaredProblems,
  isBinary,
  isBinaryBody,
  isDocumentBody,
  isText,
  type Operation,
  type OperationId,
  type Operations,
} from '@sosialtilskudd/api-contract';
import { checkSchema, type DocumentOf, detectDocumentType, type RuleIssue } from '@sosialtilskudd/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { wellFormed } from './documents.js';
import { HttpProblem, invalidDocument, notFound, toIssues } from './problems.js';

type Field<O, K extends string> = O extends { [P in K]: infer V } ? V : undefined;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type BodyOf<B> =
  B extends DocumentBody<infer T> ? DocumentOf<T> : B extends BinaryBody ? Readable : Parsed<B>;

/** What a handler gets: every part of the request already checked against the operation's declaration. */
export interface OperationInput<O extends Operation> {
  params: Parsed<Field<O, 'params'>>;
  query: Parsed<Field<O, 'query'>>;
  headers: Parsed<Field<O, 'headers'>>;
  /**
   * The body, checked when first asked for: a handler asks after its access checks, so a user who may not act
   * gets 404 or 403 whatever was sent, as if the body had not been read.
   */
  body: () => BodyOf<Field<O, 'body'>>;
  principal: O['security'] extends 'bearer' ? Principal : undefined;
  request: FastifyRequest;
}

/** A binary answer is bytes in hand, or a stream sent as it is read (a stored attachment). */
type ReplyBody<C> = C extends BinaryContent
  ? Uint8Array | Readable
  : C extends z.ZodType
    ? z.input<C>
    : never;
type ReplyHeaders<H> = H extends z.ZodObject ? { headers: z.input<H> } : { headers?: undefined };

/** Only a declared status, with its declared body and headers, can be returned. */
export type OperationReply<O extends Operation> = {
  [S in keyof O['responses'] & number]: {
    status: S;
    body: ReplyBody<O['responses'][S]['content']>;
  } & ReplyHeaders<Field<O['responses'][S], 'headers'>>;
}[keyof O['responses'] & number];

export type OperationHandler<O extends Operation> = (input: OperationInput<O>) => Promise<OperationReply<O>>;

/** One handler per operation of a table: a missing one does not compile. */
export type HandlersOf<T extends Record<string, Operation>> = { [K in keyof T]: OperationHandler<T[K]> };

export type OperationHandlers = HandlersOf<Operations>;

/** Handlers for some of the operations, typed from the table (for one route module). */
export const handlers = <K extends OperationId>(h: { [P in K]: OperationHandler<Operations[P]> }) => h;

/** At most `max` requests per `timeWindow` milliseconds from one address. */
export interface RateLimit {
  max: number;
  timeWindow: number;
}

export interface RegisterOptions {
  authenticate: (request: FastifyRequest) => Promise<Principal>;
  /** The limit an operation gets (@fastify/rate-limit, registered before the routes), if any. */
  rateLimit?: (op: Operation) => RateLimit | undefined;
  /** Registers the development-only operations (the demo login); never in production. */
  development: boolean;
  /** Checks every answer against the operation's declaration and reports what does not match (tests). */
  onViolation?: (message: string) => void;
}

/** The Fastify path for OpenAPI's template: /v1/applications/{applicationId} → /v1/applications/:applicationId. */
const routePath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const under = (prefix: string, issues: readonly RuleIssue[]) =>
  toIssues(issues).map((i) => ({ ...i, path: `/${prefix}${i.path}` }));

const NO_QUERY = z.object({}).strict();

/** Path parameters: an id that is not one names nothing (404), but text that cannot be stored is said so. */
function parseParams(op: Operation, request: FastifyRequest): unknown {
  if (!op.params) return undefined;
  const result = checkSchema(op.params, request.params);
  if (result.ok) return result.value;
  if (result.issues.every((i) => i.code !== 'INVALID_CHARACTER')) throw notFound();
  throw new HttpProblem(
    400,
    'INVALID_PARAMETER',
    'Ugyldig parameter',
    undefined,
    under('path', result.issues),
  );
}

function parseQuery(query: z.ZodObject, request: FastifyRequest): unknown {
  const result = checkSchema(query, request.query ?? {});
  if (result.ok) return result.value;
  const detail = result.issues.map((i) => `${i.path.slice(1) || 'spørringen'}: ${i.message}`).join('; ');
  throw new HttpProblem(400, 'INVALID_QUERY', 'Ugyldig forespørsel', detail, under('query', result.issues));
}

/** Declared headers by their declared names; a missing precondition (If-Match) is 428, as RFC 6585 says. */
function parseHeaders(op: Operation, request: FastifyRequest): unknown {
  if (!op.headers) return undefined;
  const names = Object.keys(op.headers.shape);
  const sent = Object.fromEntries(names.map((n) => [n, request.headers[n.toLowerCase()]]));
  const result = checkSchema(op.headers, sent);
  if (result.ok) return result.value;
  const missing = names.find((n) => n.startsWith('If-') && sent[n] === undefined);
  if (missing)
    throw new HttpProblem(
      428,
      `${missing.toUpperCase().replaceAll('-', '_')}_REQUIRED`,
      `${missing} mangler`,
      `Send ${missing} med ressursens ETag.`,
    );
  throw new HttpProblem(400, 'INVALID_HEADER', 'Ugyldig header', undefined, under('header', result.issues));
}

/** An operation without a body refuses one, so no stray input is silently ignored. */
function refuseStrayBody(op: Operation, body: unknown) {
  if (!op.body && body !== undefined)
    throw new HttpProblem(400, 'UNEXPECTED_BODY', 'Operasjonen tar ikke imot innhold');
}

function parseBody(op: Operation, body: unknown): unknown {
  if (!op.body || isBinaryBody(op.body)) return body;
  if (isDocumentBody(op.body)) {
    const own = detectDocumentType(body);
    const types: readonly string[] = op.body.types;
    return wellFormed(body, own && types.includes(own) ? own : op.body.types[0]);
  }
  const result = checkSchema(op.body, body);
  if (!result.ok) throw invalidDocument(toIssues(result.issues));
  return result.value;
}

function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}

/** What in an answer the declaration does not allow, or undefined when it does. */
function violation(op: Operation, status: number, body: unknown, headers: unknown): string | undefined {
  const declared = op.responses[status];
  if (!declared) return `answered ${status}, which is not declared`;
  if (!isBinary(declared.content)) {
    const result = declared.content.safeParse(body);
    if (!result.success) return `${status} body: ${z.prettifyError(result.error)}`;
  }
  const h = declared.headers?.safeParse(headers ?? {});
  if (h && !h.success) return `${status} headers: ${z.prettifyError(h.error)}`;
  return undefined;
}

/**
 * Registers every operation of the table as a Fastify route. The request is checked in the order a client
 * expects the answers: no stray body, then who is asking (401), the path (404), the query and headers (400,
 * 428), the body (422); then the handler, whose reply can only be one the operation declares.
 */
export function registerOperations<T extends Record<string, Operation>>(
  app: FastifyInstance,
  table: T,
  all: HandlersOf<T>,
  options: RegisterOptions,
) {
  for (const [id, op] of Object.entries(table) as [keyof T & string, Operation][]) {
    if (op.developmentOnly && !options.development) continue;
    const handler = all[id] as unknown as (input: unknown) => Promise<{
      status: number;
      body: unknown;
      headers?: Record<string, string | undefined>;
    }>;
    const query = op.query ? op.query.strict() : NO_QUERY;
    const rateLimit = options.rateLimit?.(op);
    const route = (target: FastifyInstance) =>
      target.route({
        method: op.method.toUpperCase() as 'GET',
        url: routePath(op.path),
        config: { operationId: id, security: op.security, ...(rateLimit ? { rateLimit } : {}) },
        handler: async (request, reply) => {
          try {
            refuseStrayBody(op, request.body);
            const principal = op.security === 'bearer' ? await options.authenticate(request) : undefined;
            const params = parseParams(op, request);
            const body = once(() => parseBody(op, request.body));
            const input = {
              params,
              query: parseQuery(query, request),
              headers: parseHeaders(op, request),
              body,
              principal,
              request,
            };
            const result = await handler(input);
            const wrong = options.onViolation && violation(op, result.status, result.body, result.headers);
            if (wrong) options.onViolation?.(`${op.method.toUpperCase()} ${op.path}: ${wrong}`);
            for (const [name, value] of Object.entries(result.headers ?? {}))
              if (value !== undefined) reply.header(name, value);
            const content = op.responses[result.status]?.content;
            if (content && isBinary(content)) {
              // One declared type is set here; of several, the handler names the one in its Content-Type header.
              if (typeof content.mediaType === 'string')
                reply.type(
                  isText(content.mediaType) ? `${content.mediaType}; charset=utf-8` : content.mediaType,
                );
              const body = result.body as Uint8Array | Readable;
              return reply.code(result.status).send(body instanceof Uint8Array ? Buffer.from(body) : body);
            }
            return reply.code(result.status).send(result.body);
          } catch (error) {
            const status = error instanceof HttpProblem ? error.status : 500;
            if (options.onViolation && !(declaredProblems(op) as number[]).includes(status))
              options.onViolation(
                `${op.method.toUpperCase()} ${op.path}: refused with ${status}, not declared`,
              );
            throw error;
          }
        },
      });
    if (!isBinaryBody(op.body)) route(app);
    // An upload's bytes, of whatever type the client says, reach the handler as the stream they arrive as.
    else
      app.register(async (child) => {
        child.removeAllContentTypeParsers();
        child.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
        route(child);
      });
  }
}
