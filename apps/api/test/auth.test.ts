import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { remoteIssuer } from '../src/auth/tokens.js';
import { configFromEnv } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';

const ISSUER = 'https://login.example.test';
const AUDIENCE = 'sosialtilskudd-api';
let jwks: Server;
let jwksUrl: string;
let sign: (
  claims: Record<string, unknown>,
  options?: { audience?: string; expiresIn?: string },
) => Promise<string>;
let db: Database;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  // A stand-in for ID-porten's or Entra ID's JWKS endpoint, on loopback.
  jwks = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
  );
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const address = jwks.address();
  jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
  sign = (claims, options = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('person-1')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(privateKey);
  db = await openPglite();
  await migrate(db);
});
afterAll(async () => {
  jwks.close();
  await db.close();
});

describe('Bearer tokens from a configured issuer and JWKS', () => {
  const me = async (token: string) => {
    const app = buildApp({ db, issuers: [remoteIssuer({ issuer: ISSUER, jwksUrl, audience: AUDIENCE })] });
    const response = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    await app.close();
    return response;
  };

  it('accepts a valid token and reads role and office from its claims', async () => {
    const response = await me(
      await sign({ role: 'county-caseworker', countyOfficeId: 'innlandet', name: 'Per' }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      sub: 'person-1',
      name: 'Per',
      role: 'county-caseworker',
      organisationNumber: null,
      municipalityNumber: null,
      countyOfficeId: 'innlandet',
    });
  });

  it.each([
    ['another audience', () => sign({ role: 'directorate' }, { audience: 'other' })],
    ['expired', () => sign({ role: 'directorate' }, { expiresIn: '-2m' })],
    ['no role', () => sign({})],
    ['a Nav office without an organisation number', () => sign({ role: 'nav-office' })],
    ['a Nav office head without an organisation number', () => sign({ role: 'nav-office-head' })],
    [
      'a chief executive without a four-digit municipality number',
      () => sign({ role: 'municipal-executive', municipalityNumber: '974541254' }),
    ],
    [
      'a caseworker of an unknown county office',
      () => sign({ role: 'county-caseworker', countyOfficeId: 'viken' }),
    ],
  ])('refuses %s with 401', async (_name, token) => {
    const response = await me(await token());
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('development login', () => {
  it('is off in production, which also requires a real issuer', () => {
    expect(() => configFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_ISSUER/);
    const config = configFromEnv({
      NODE_ENV: 'production',
      AUTH_ISSUER: ISSUER,
      AUTH_JWKS_URL: 'https://login.example.test/jwks',
      AUTH_AUDIENCE: AUDIENCE,
    });
    expect(config.devLogin).toBe(false);
    expect(config.demo).toBe(false);
    expect(configFromEnv({}).devLogin).toBe(true);
  });

  it('takes the keys only over https: in production, and finds them by discovery when no JWKS URL is given', () => {
    const production = { NODE_ENV: 'production', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
    expect(() => configFromEnv({ ...production, AUTH_JWKS_URL: 'http://127.0.0.1/jwks' })).toThrow(
      'i produksjon må AUTH_JWKS_URL være en https:-adresse',
    );
    expect(() => configFromEnv({ ...production, AUTH_ISSUER: 'http://login.example.test' })).toThrow(
      'i produksjon må AUTH_ISSUER være en https:-adresse',
    );
    expect(() => configFromEnv({ ...production, AUTH_JWKS_URL: 'jwks.json' })).toThrow(/http\(s\)-adresse/);
    expect(configFromEnv(production).auth).toEqual({ issuer: ISSUER, audience: AUDIENCE, httpsOnly: true });
    expect(configFromEnv({ AUTH_ISSUER: 'http://127.0.0.1:8080', AUTH_AUDIENCE: AUDIENCE }).auth).toEqual({
      issuer: 'http://127.0.0.1:8080',
      audience: AUDIENCE,
      httpsOnly: false,
    });
    expect(() => configFromEnv({ AUTH_ISSUER: ISSUER })).toThrow(/settes sammen/);
    expect(() => configFromEnv({ AUTH_JWKS_URL: 'https://login.example.test/jwks' })).toThrow(
      /settes sammen/,
    );
  });

  it('without a signer the dev routes do not exist', async () => {
    const app = buildApp({ db, issuers: [] });
    const response = await app.inject({ method: 'POST', url: '/dev/login', payload: { userId: 'avdir' } });
    expect(response.statusCode).toBe(404);
    await app.close();
  });
});
