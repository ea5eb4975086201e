import { OPERATIONS, type Operation, operation } from '@sosialtilskudd/api-contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import { devIssuer } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/pglite.js';
import { type HandlersOf, registerOperations } from '../src/http/operations.js';
import { HttpProblem } from '../src/http/problems.js';
import { createHttpServer } from '../src/http/server.js';

const routes = (Object.values(OPERATIONS) as Operation[]).map(
  (op) =>
    [op.method.toUpperCase(), op.path.replace(/\{(\w+)\}/g, ':$1'), op.developmentOnly === true] as const,
);

let db: Database;
let development: FastifyInstance;
let production: FastifyInstance;
beforeAll(async () => {
  const dev = await devIssuer();
  db = await openPglite();
  development = buildApp({ db, issuers: [dev], signDevToken: dev.sign });
  production = buildApp({ db, issuers: [dev] });
  // An upload's route lives in its own plugin (its own body parser), registered when the app is ready.
  await Promise.all([development.ready(), production.ready()]);
});
afterAll(async () => {
  await development.close();
  await production.close();
  await db.close();
});

describe('the server is registered from the operation table', () => {
  it.each(routes)('%s %s has a route, outside production at least', (method, url, developmentOnly) => {
    expect(development.hasRoute({ method, url })).toBe(true);
    expect(production.hasRoute({ method, url })).toBe(!developmentOnly);
  });

  it('serves /openapi.json without the development-only operations in production', async () => {
    const paths = async (app: FastifyInstance) =>
      Object.keys((await app.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
    expect(await paths(development)).toEqual(expect.arrayContaining(['/dev/login', '/dev/users']));
    const served = await paths(production);
    expect(served).toContain('/v1/applications');
    expect(served.filter((p) => p.startsWith('/dev/'))).toEqual([]);
  });
});

// A small table of its own, to show what the registration refuses to let through.
const TABLE = {
  getThing: operation({
    method: 'get',
    path: '/things/{thingId}',
    tag: 'Drift',
    summary: 'En ting',
    security: 'none',
    params: z.object({ thingId: z.string().max(5) }),
    query: z.object({ size: z.coerce.number().int().max(3).optional() }),
    responses: {
      200: {
        description: 'Tingen',
        content: z.object({ name: z.string() }),
        headers: z.object({ ETag: z.string() }),
      },
    },
    problems: [404],
  }),
  pokeThing: operation({
    method: 'post',
    path: '/things/{thingId}/poke',
    tag: 'Drift',
    summary: 'Dult en ting',
    security: 'none',
    params: z.object({ thingId: z.string() }),
    responses: { 200: { description: 'Dultet', content: z.object({ poked: z.boolean() }) } },
    problems: [],
  }),
  makeThing: operation({
    method: 'post',
    path: '/things',
    tag: 'Drift',
    summary: 'Lag en ting',
    security: 'none',
    body: z.object({ name: z.string().min(1) }).strict(),
    responses: { 201: { description: 'Laget', content: z.object({ name: z.string() }) } },
    problems: [422],
  }),
};

async function thingApp(handlers: HandlersOf<typeof TABLE>) {
  const violations: string[] = [];
  const app = createHttpServer({ bodyLimit: 1024, logger: false });
  registerOperations(app, TABLE, handlers, {
    authenticate: async () => {
      throw new Error('no token needed here');
    },
    development: false,
    onViolation: (m) => violations.push(m),
  });
  await app.ready();
  return { app, violations };
}

describe('registerOperations', () => {
  const good: HandlersOf<typeof TABLE> = {
    getThing: async ({ params, query }) => ({
      status: 200,
      body: { name: `${params.thingId}:${query.size ?? 1}` },
      headers: { ETag: '"1"' },
    }),
    pokeThing: async () => ({ status: 200, body: { poked: true } }),
    makeThing: async ({ body }) => ({ status: 201, body: { name: body().name } }),
  };

  it('hands the handler checked, typed input and sends its declared answer', async () => {
    const { app, violations } = await thingApp(good);
    const got = await app.inject({ method: 'GET', url: '/things/abc?size=2' });
    expect([got.statusCode, got.json(), got.headers.etag]).toEqual([200, { name: 'abc:2' }, '"1"']);
    const made = await app.inject({ method: 'POST', url: '/things', payload: { name: 'x' } });
    expect([made.statusCode, made.json()]).toEqual([201, { name: 'x' }]);
    expect(violations).toEqual([]);
  });

  it.each([
    ['a path parameter it does not declare as valid', 'GET', '/things/abcdef', undefined, 404, 'NOT_FOUND'],
    ['a query parameter out of range', 'GET', '/things/abc?size=9', undefined, 400, 'INVALID_QUERY'],
    [
      'a query parameter it does not declare',
      'GET',
      '/things/abc?colour=red',
      undefined,
      400,
      'INVALID_QUERY',
    ],
    ['U+0000 in a path parameter', 'GET', '/things/a%00b', undefined, 400, 'INVALID_PARAMETER'],
    ['a body on an operation without one', 'POST', '/things/abc/poke', { a: 1 }, 400, 'UNEXPECTED_BODY'],
    ['a body that breaks the schema', 'POST', '/things', { name: '' }, 422, 'VALIDATION_FAILED'],
    ['a field the body does not declare', 'POST', '/things', { name: 'x', age: 1 }, 422, 'VALIDATION_FAILED'],
  ] as const)('refuses %s', async (_name, method, url, payload, status, code) => {
    const { app, violations } = await thingApp(good);
    const response = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    expect([response.statusCode, response.json().code]).toEqual([status, code]);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(violations).toEqual([]);
  });

  it('reports an answer the declaration does not allow: a wrong body, a missing header, a status not declared', async () => {
    const { app, violations } = await thingApp({
      // The casts stand for a bug the types would have caught; the check is for what slips past them.
      getThing: async () => ({ status: 200, body: { name: 1 }, headers: {} }) as never,
      pokeThing: good.pokeThing,
      makeThing: async () => {
        throw new HttpProblem(409, 'CONFLICT', 'Konflikt');
      },
    });
    await app.inject({ method: 'GET', url: '/things/abc' });
    await app.inject({ method: 'POST', url: '/things', payload: { name: 'x' } });
    expect(violations).toEqual([
      expect.stringMatching(/^GET \/things\/\{thingId\}: 200 body: .*name/s),
      'POST /things: refused with 409, not declared',
    ]);
  });

  it('does not compile an answer outside the declaration', () => {
    const handlers: HandlersOf<typeof TABLE> = {
      // @ts-expect-error 404 is a problem, not a declared answer with a body
      getThing: async () => ({ status: 404, body: { name: 'x' }, headers: { ETag: '"1"' } }),
      pokeThing: good.pokeThing,
      // @ts-expect-error the body must be a thing
      makeThing: async () => ({ status: 201, body: { title: 'x' } }),
    };
    const missingHeader: HandlersOf<typeof TABLE>['getThing'] =
      // @ts-expect-error the declared ETag header is required
      async () => ({ status: 200, body: { name: 'x' } });
    // @ts-expect-error every operation of the table needs its handler
    const incomplete: HandlersOf<typeof TABLE> = { getThing: good.getThing, pokeThing: good.pokeThing };
    expect([handlers, missingHeader, incomplete]).toHaveLength(3);
  });
});
