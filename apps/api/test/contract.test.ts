import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { devIssuer } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/pglite.js';
import { contractViolation, OPENAPI } from './contract.js';

const operations = Object.entries(OPENAPI.paths).flatMap(([path, item]) =>
  Object.keys(item).map((method) => [method.toUpperCase(), path] as const),
);

let app: FastifyInstance;
let db: Database;
beforeAll(async () => {
  const dev = await devIssuer();
  db = await openPglite();
  app = buildApp({ db, issuers: [dev], signDevToken: dev.sign });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('the server implements openapi.json', () => {
  it.each(operations)('%s %s has a route', (method, path) => {
    expect(app.hasRoute({ method, url: path.replace(/\{(\w+)\}/g, ':$1') })).toBe(true);
  });

  it('the response check notices an answer the document does not allow', () => {
    const route = '/v1/applications/:applicationId';
    expect(contractViolation('GET', route, 200, 'application/json', { id: 'x' })).toMatch(
      /must have required/,
    );
    expect(contractViolation('GET', route, 418, 'application/json', {})).toMatch(/does not list/);
    expect(contractViolation('GET', route, 404, 'text/html', '')).toMatch(/not in openapi.json/);
    expect(
      contractViolation('GET', route, 404, 'application/problem+json', {
        type: 'x',
        title: 'x',
        status: 404,
        code: 'NOT_FOUND',
      }),
    ).toBeUndefined();
  });
});
