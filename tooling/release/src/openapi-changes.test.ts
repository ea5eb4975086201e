import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, type OpenApiDocument } from './openapi-changes.ts';
import { ROOT } from './workspace.ts';

const state = (values: string[]) => ({ type: 'string', enum: values });

/** One list operation and one create operation whose body is a component, as zod-openapi writes them. */
function api({
  path = '/v1/cases/{caseId}',
  query = [{ name: 'limit', in: 'query', required: false, schema: { type: 'string' } }],
  states = ['draft', 'submitted'],
  extra = {},
}: {
  path?: string;
  query?: object[];
  states?: string[];
  extra?: NonNullable<OpenApiDocument['paths']>;
} = {}): OpenApiDocument {
  return {
    paths: {
      [path]: {
        get: { parameters: [{ name: 'caseId', in: 'path', required: true }, ...query] as never },
        post: {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } },
          },
        },
      },
      ...extra,
    },
    components: {
      schemas: {
        Case: {
          type: 'object',
          properties: { state: { $ref: '#/components/schemas/State' } },
          required: ['state'],
          additionalProperties: false,
        },
        State: state(states),
      },
    },
  };
}

const summary = (before: OpenApiDocument, after: OpenApiDocument) =>
  diffOpenApi(before, after).map((c) => `${c.severity} ${c.operation} ${c.message}`);

describe('operations compared with the release', () => {
  it('finds nothing in the same document, nor in the published one against itself', () => {
    expect(diffOpenApi(api(), api())).toEqual([]);
    const published = JSON.parse(readFileSync(join(ROOT, 'schemas/openapi.json'), 'utf8'));
    expect(diffOpenApi(published, published)).toEqual([]);
  });

  it('ignores a renamed path parameter, which a caller never names', () => {
    expect(diffOpenApi(api(), api({ path: '/v1/cases/{id}' }))).toEqual([]);
  });

  it.each([
    [
      'an operation removed',
      api({ extra: { '/v1/old': { get: {} } } }),
      api(),
      'breaking GET /v1/old Operation removed',
    ],
    [
      'an operation added',
      api(),
      api({ extra: { '/v1/new': { get: {} } } }),
      'compatible GET /v1/new Operation added',
    ],
    [
      'a query parameter removed, which the server then refuses',
      api(),
      api({ query: [] }),
      "breaking GET /v1/cases/{} query parameter 'limit' removed",
    ],
    [
      'a required query parameter added',
      api({ query: [] }),
      api({ query: [{ name: 'year', in: 'query', required: true, schema: { type: 'string' } }] }),
      "breaking GET /v1/cases/{} query parameter 'year' added, required",
    ],
    [
      'an optional query parameter made required',
      api(),
      api({ query: [{ name: 'limit', in: 'query', required: true, schema: { type: 'string' } }] }),
      "breaking GET /v1/cases/{} query parameter 'limit' now required",
    ],
    [
      'a header renamed only in case',
      api({ query: [{ name: 'If-Match', in: 'header', required: true }] }),
      api({ query: [{ name: 'if-match', in: 'header', required: true }] }),
      undefined,
    ],
    [
      'a value no longer allowed in a request body, through its components',
      api(),
      api({ states: ['draft'] }),
      'breaking POST /v1/cases/{} request body /state: Allowed values removed: "submitted"',
    ],
    [
      'a value newly allowed in a request body',
      api(),
      api({ states: ['draft', 'submitted', 'withdrawn'] }),
      'compatible POST /v1/cases/{} request body /state: Allowed values added: "withdrawn"',
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(summary(before, after)).toEqual(expected ? [expected] : []);
  });
});
