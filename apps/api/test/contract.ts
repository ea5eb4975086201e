import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
export const OPENAPI = JSON.parse(
  readFileSync(require.resolve('@sosialtilskudd/json-schemas/openapi.json'), 'utf8'),
) as {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { responses: Record<string, unknown> };
};

const ID = 'https://api.test/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ ...OPENAPI, $id: ID });

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Why an answer does not match the document, or undefined when it does. */
export function contractViolation(
  method: string,
  route: string,
  status: number,
  contentType: string,
  body: unknown,
): string | undefined {
  const path = route.replace(/:(\w+)/g, '{$1}');
  const operation = OPENAPI.paths[path]?.[method.toLowerCase()];
  if (!operation) return `${method} ${path} is not in openapi.json`;
  let response = operation.responses[String(status)] as
    | { $ref?: string; content?: Record<string, unknown> }
    | undefined;
  if (!response) return `${method} ${path} answered ${status}, which openapi.json does not list`;
  let base = `${pointer('paths', path, method.toLowerCase(), 'responses', String(status))}`;
  if (response.$ref) {
    const name = response.$ref.split('/').at(-1) ?? '';
    response = OPENAPI.components.responses[name] as typeof response;
    base = pointer('components', 'responses', name);
  }
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (!response?.content?.[mediaType])
    return `${method} ${path} ${status} answered ${mediaType}, not in openapi.json`;
  if (mediaType === 'application/pdf') return undefined;
  const validate = ajv.getSchema(`${ID}#/${base}/content/${pointer(mediaType)}/schema`);
  if (!validate) return `no schema for ${method} ${path} ${status}`;
  return validate(body) ? undefined : `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`;
}

/** Checks every answer the server gives against openapi.json; the violations collect in the returned list. */
export function watchContract(app: FastifyInstance): string[] {
  const violations: string[] = [];
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (!route) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const body = typeof payload === 'string' && type.includes('json') ? JSON.parse(payload) : undefined;
    const violation = contractViolation(request.method, route, reply.statusCode, type, body);
    if (violation) violations.push(violation);
    return payload;
  });
  return violations;
}
