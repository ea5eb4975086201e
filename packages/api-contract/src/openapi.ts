import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { Problem } from './common.js';
import { CloudEvent, WebhookHeaders } from './events.js';
import {
  declaredProblems,
  isBinary,
  isBinaryBody,
  isDocumentBody,
  isRateLimited,
  isText,
  type Operation,
  PROBLEM_STATUSES,
  type ProblemStatus,
  type ResponseSpec,
  TAGS,
} from './operation.js';
import { OPERATIONS } from './operations/index.js';

const problemResponses = (statuses: readonly ProblemStatus[]): ZodOpenApiResponsesObject =>
  Object.fromEntries(
    statuses.map((s) => [s, { $ref: `#/components/responses/Problem${s}` }]),
  ) as ZodOpenApiResponsesObject;

/** What @fastify/rate-limit sends on every answer of a rate-limited operation. */
const rateLimitHeaders = z.object({
  'X-RateLimit-Limit': z
    .int()
    .min(0)
    .meta({ description: 'Forespørsler som tillates fra samme adresse i perioden' }),
  'X-RateLimit-Remaining': z.int().min(0).meta({ description: 'Forespørsler som gjenstår i perioden' }),
  'X-RateLimit-Reset': z.int().min(0).meta({ description: 'Sekunder til perioden begynner på nytt' }),
});

function response({ description, content, headers }: ResponseSpec, rateLimited: boolean) {
  const all = rateLimited ? (headers ?? z.object({})).extend(rateLimitHeaders.shape) : headers;
  return {
    description,
    ...(all ? { headers: all } : {}),
    content: isBinary(content)
      ? Object.fromEntries(
          [content.mediaType]
            .flat()
            .map((type) => [
              type,
              { schema: isText(type) ? z.string() : z.string().meta({ format: 'binary' }) },
            ]),
        )
      : { 'application/json': { schema: content } },
  };
}

/** A JSON body; one declared `.optional()` may be left out (`required: false`), as an added body must be. */
function jsonRequestBody(body: z.ZodType) {
  const optional = body instanceof z.ZodOptional;
  const schema = optional ? (body.unwrap() as z.ZodType) : body;
  return { required: !optional, content: { 'application/json': { schema } } };
}

function operationObject(id: string, op: Operation): ZodOpenApiOperationObject {
  const requestParams = {
    ...(op.params ? { path: op.params } : {}),
    ...(op.query ? { query: op.query } : {}),
    ...(op.headers ? { header: op.headers } : {}),
  };
  const body = isDocumentBody(op.body) ? op.body.schema : isBinaryBody(op.body) ? undefined : op.body;
  const binary = isBinaryBody(op.body)
    ? {
        requestBody: {
          required: true,
          description: op.body.description,
          content: {
            'application/octet-stream': {
              schema: z.string().max(op.body.maxBytes).meta({ format: 'binary' }),
            },
          },
        },
      }
    : {};
  return {
    operationId: id,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.security === 'none' ? { security: [] } : {}),
    ...(op.developmentOnly ? { 'x-development-only': true } : {}),
    ...(Object.keys(requestParams).length > 0 ? { requestParams } : {}),
    ...(body ? { requestBody: jsonRequestBody(body) } : {}),
    ...binary,
    responses: {
      ...Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => [status, response(r, isRateLimited(op))]),
      ),
      ...problemResponses(declaredProblems(op)),
    },
  };
}

/** The paths object: every operation of the table under its path and method. */
export function openApiPaths(operations: Record<string, Operation> = OPERATIONS): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const [id, op] of Object.entries(operations))
    paths[op.path] = { ...paths[op.path], [op.method]: operationObject(id, op) };
  return paths;
}

/** A client told to slow down is told for how long (RFC 9110 § 10.2.3). */
const retryAfter = z.object({
  'Retry-After': z.int().min(0).meta({ description: 'Sekunder til neste forespørsel kan sendes' }),
});

const problemComponents = Object.fromEntries(
  (Object.entries(PROBLEM_STATUSES) as [string, string][]).map(([status, description]) => [
    `Problem${status}`,
    {
      description,
      ...(status === '429' ? { headers: retryAfter } : {}),
      content: { 'application/problem+json': { schema: Problem } },
    },
  ]),
);

/** What a webhook subscription receives (createWebhookSubscription): one event per request. */
const WEBHOOKS = {
  caseEvent: {
    post: {
      operationId: 'caseEvent',
      summary: 'Én hendelse til en webhook-mottaker',
      description:
        'Signert etter Standard Webhooks: kontroller webhook-signature med nøkkelen fra abonnementet før du bruker innholdet. Svar 2xx når hendelsen er tatt imot; alt annet prøves igjen, 410 Gone avslutter abonnementet. Samme webhook-id kan komme mer enn én gang.',
      requestParams: { header: WebhookHeaders },
      requestBody: { required: true, content: { 'application/cloudevents+json': { schema: CloudEvent } } },
      responses: {
        '2XX': { description: 'Mottatt' },
        '410': { description: 'Mottakeren finnes ikke lenger: abonnementet slås av' },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the whole API, derived from the operation table. */
export function openApiDocument(): Record<string, unknown> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret',
      version: '1.0.0',
      description:
        'Søknad, saksbehandling, tilskuddsbrev, bekreftelse, utbetaling og rapportering etter forskrift FOR-2020-12-15-2787. Feil er application/problem+json (RFC 9457) med domenets regelkoder og JSON Pointer-stier.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the server serves this document at /openapi.json, so paths resolve against its own host.
    servers: [
      {
        url: '/',
        description:
          'Tjeneren som serverer dokumentet: production, test eller local, etter hvor dokumentet er hentet fra',
        'x-internal': false,
      },
    ],
    security: [{ bearer: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths: openApiPaths(),
    webhooks: WEBHOOKS,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Token fra ID-porten, Entra ID eller utviklingsinnloggingen, verifisert mot utstederens JWKS etter RFC8725 (JWT Best Current Practices): aldri alg none, utsteder og mottaker kontrolleres, exp og iat kreves, høyst 12 timer gammelt',
        },
      },
      responses: problemComponents,
    },
  }) as unknown as Record<string, unknown>;
}
