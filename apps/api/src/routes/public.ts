import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  CALLS,
  COUNTY_OFFICES,
  countyOfficeName,
  findCall,
  isDocumentType,
  MUNICIPALITIES,
  osloDate,
  RuleContext,
  toPointer,
  validateDocument,
} from '@sosialtilskudd/domain';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { invalidDocument, issue, notFound, toIssues } from '../http/problems.js';
import { listNavOffices } from '../repository/nav-offices.js';

const OPENAPI_JSON = readFileSync(
  createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/openapi.json'),
  'utf8',
);

/** What anyone may read or check without a token: reference data and document validation. */
export function publicRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/health', async () => ({ status: 'ok' as const }));

  // The contract itself, for tools that read it from the server (Swagger UI, Scalar, code generators).
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json').send(OPENAPI_JSON));

  app.get('/v1/calls', async () => ({ items: CALLS }));

  app.get('/v1/calls/:callId', async (request) => {
    const call = findCall(String((request.params as { callId: string }).callId));
    if (!call) throw notFound();
    return call;
  });

  app.get('/v1/reference/county-offices', async () => {
    // Names and borders change: show those in force today (Oslo date).
    const today = osloDate(ctx.now());
    return {
      items: COUNTY_OFFICES.map((o) => ({
        id: o.id,
        name: countyOfficeName(o.id, today) ?? o.names.at(-1)?.value ?? o.id,
        phone: o.phone,
        countyNumbers: [
          ...(o.countyNumbers.find((c) => c.validFrom <= today && !(c.validTo && c.validTo < today))?.value ??
            []),
        ],
      })),
    };
  });

  app.get('/v1/reference/nav-offices', async () => ({ items: await listNavOffices(ctx.db) }));

  app.get('/v1/reference/municipalities', async () => ({ items: MUNICIPALITIES }));

  app.post('/v1/validations', { config: { body: true } }, async (request) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw invalidDocument([issue('INVALID_TYPE', '', 'Forespørselen må være et objekt med document')]);
    const { document, type, context, ...rest } = body as Record<string, unknown>;
    const unknown = Object.keys(rest).map((k) =>
      issue('UNKNOWN_FIELD', toPointer([k]), `Ukjent felt «${k}»`),
    );
    if (type !== undefined && !isDocumentType(type))
      unknown.push(issue('UNKNOWN_DOCUMENT_TYPE', '/type', 'Ukjent dokumenttype'));
    const parsedContext = context === undefined ? undefined : RuleContext.safeParse(context);
    if (parsedContext && !parsedContext.success)
      unknown.push(
        ...parsedContext.error.issues.map((i) =>
          issue('INVALID_CONTEXT', toPointer(['context', ...i.path]), 'Konteksten følger ikke RuleContext'),
        ),
      );
    if (unknown.length) throw invalidDocument(unknown);
    const result = validateDocument(document, {
      ...(isDocumentType(type) ? { type } : {}),
      ...(parsedContext?.success ? { context: parsedContext.data } : {}),
    });
    return {
      ok: result.ok,
      documentType: result.documentType ?? null,
      issues: toIssues(result.issues),
      notChecked: result.notChecked,
    };
  });
}
