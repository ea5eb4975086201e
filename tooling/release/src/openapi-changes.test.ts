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
    // The whole published document, every operation's answers included: about 2 s of CPU, 40 s seen on two cores
    // at load 30 (a time limit here only catches a hang, it is not a speed target).
  }, 120_000);

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

/** One read operation answering with a Case, as the server sends it. */
function reader(properties: Record<string, object>, required: string[], status = '200'): OpenApiDocument {
  const content = { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } };
  return {
    paths: { '/v1/cases/{caseId}': { get: { responses: { [status]: { content } } } } },
    components: { schemas: { Case: { type: 'object', properties, required, additionalProperties: false } } },
  };
}

const states = (...values: unknown[]) => ({ state: { enum: values } });

describe('responses compared with the release, as a client built on it reads them', () => {
  it.each([
    [
      'a new value the client does not know',
      reader(states('a'), ['state']),
      reader(states('a', 'b'), ['state']),
      'breaking GET /v1/cases/{} response 200 /state: Allowed values added: "b"',
    ],
    [
      'a value the server no longer sends',
      reader(states('a', 'b'), ['state']),
      reader(states('a'), ['state']),
      'compatible GET /v1/cases/{} response 200 /state: Allowed values removed: "b"',
    ],
    [
      'a value swapped for another',
      reader(states(1), ['state']),
      reader(states(2), ['state']),
      'breaking GET /v1/cases/{} response 200 /state: Allowed values removed: 1; added 2',
    ],
    [
      'a field always sent now',
      reader({}, []),
      reader({ flag: { type: 'boolean' } }, ['flag']),
      "compatible GET /v1/cases/{} response 200 /flag: Required property 'flag' added",
    ],
    [
      'a field no longer sent',
      reader({ flag: { type: 'boolean' } }, ['flag']),
      reader({}, []),
      "breaking GET /v1/cases/{} response 200 /flag: Property 'flag' removed",
    ],
    [
      'a field that may now be missing',
      reader({ flag: { type: 'boolean' } }, ['flag']),
      reader({ flag: { type: 'boolean' } }, []),
      "breaking GET /v1/cases/{} response 200 /flag: Property 'flag' is no longer required",
    ],
    [
      'a field of another type',
      reader({ n: { type: 'string' } }, ['n']),
      reader({ n: { type: 'object' } }, ['n']),
      'breaking GET /v1/cases/{} response 200 /n: Type changed from string to object',
    ],
    [
      'a number that is now always whole',
      reader({ n: { type: 'number' } }, ['n']),
      reader({ n: { type: 'integer' } }, ['n']),
      'compatible GET /v1/cases/{} response 200 /n: Type narrowed from number to integer',
    ],
    [
      'a success answered with another status',
      reader({}, []),
      reader({}, [], '201'),
      'breaking GET /v1/cases/{} response 200 removed',
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(summary(before, after)).toEqual([expected]);
  });
});

/** An operation whose 422 is the shared problem answer, by reference, as the server's error responses are. */
function refusing(codes: string[]): OpenApiDocument {
  const problem = { type: 'object', properties: { code: { enum: codes } }, required: ['code'] };
  return {
    paths: { '/v1/cases': { post: { responses: { '422': { $ref: '#/components/responses/Problem422' } } } } },
    components: {
      schemas: {},
      responses: { Problem422: { content: { 'application/problem+json': { schema: problem } } } },
    },
  };
}

it('compares a shared problem response through its reference', () => {
  expect(summary(refusing(['A']), refusing(['A', 'B']))).toEqual([
    'breaking POST /v1/cases response 422 /code: Allowed values added: "B"',
  ]);
});
