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
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { invalidDocument, issue, notFound, toIssues } from '../http/problems.js';
import { listNavOffices } from '../repository/nav-offices.js';

const OPENAPI = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, { 'x-development-only'?: boolean }>> };

/** The document as this server has it: without the development-only operations when it does not offer them. */
function servedDocument(development: boolean): Record<string, unknown> {
  if (development) return OPENAPI;
  const paths = Object.entries(OPENAPI.paths).flatMap(([path, item]) => {
    const kept = Object.entries(item).filter(([, op]) => op['x-development-only'] !== true);
    return kept.length ? [[path, Object.fromEntries(kept)]] : [];
  });
  return { ...OPENAPI, paths: Object.fromEntries(paths) };
}

/** What anyone may read or check without a token: reference data and document validation. */
export function publicHandlers(ctx: AppContext, development: boolean) {
  const document = servedDocument(development);
  return handlers({
    health: async () => ({ status: 200, body: { status: 'ok' } }),

    // The contract itself, for tools that read it from the server (Swagger UI, Scalar, code generators).
    getOpenApiDocument: async () => ({ status: 200, body: document }),

    listCalls: async () => ({ status: 200, body: { items: [...CALLS] } }),

    getCall: async ({ params }) => {
      const call = findCall(params.callId);
      if (!call) throw notFound();
      return { status: 200, body: call };
    },

    listCountyOffices: async () => {
      // Names and borders change: show those in force today (Oslo date).
      const today = osloDate(ctx.now());
      const items = COUNTY_OFFICES.map((o) => ({
        id: o.id,
        name: countyOfficeName(o.id, today) ?? o.names.at(-1)?.value ?? o.id,
        phone: o.phone,
        countyNumbers: [
          ...(o.countyNumbers.find((c) => c.validFrom <= today && !(c.validTo && c.validTo < today))?.value ??
            []),
        ],
      }));
      return { status: 200, body: { items } };
    },

    listNavOffices: async () => ({ status: 200, body: { items: await listNavOffices(ctx.db) } }),

    listMunicipalities: async () => ({ status: 200, body: { items: [...MUNICIPALITIES] } }),

    validateDocument: async ({ body }) => {
      const { document, type, context } = body();
      const parsedContext = context === undefined ? undefined : RuleContext.safeParse(context);
      if (parsedContext && !parsedContext.success)
        throw invalidDocument(
          parsedContext.error.issues.map((i) =>
            issue('INVALID_CONTEXT', toPointer(['context', ...i.path]), 'Konteksten følger ikke RuleContext'),
          ),
        );
      const result = validateDocument(document, {
        ...(isDocumentType(type) ? { type } : {}),
        ...(parsedContext?.success ? { context: parsedContext.data } : {}),
      });
      return {
        status: 200,
        body: {
          ok: result.ok,
          documentType: result.documentType ?? null,
          issues: toIssues(result.issues),
          notChecked: result.notChecked,
        },
      };
    },
  });
}
