import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_SECONDS,
  type IssuerConfig,
  MAX_TOKEN_AGE_SECONDS,
  tokenVerifier,
} from '../src/auth/tokens.js';

const ISSUER = 'https://login.example.test';
const AUDIENCE = 'sosialtilskudd-api';
const T0 = Date.parse('2025-03-01T12:00:00Z');
let issuer: IssuerConfig;
let keyLookups = 0;
let sign: (expiresAt?: number | null, issuedAt?: number | null) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  issuer = {
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: async () => {
      keyLookups++;
      return publicKey;
    },
    rememberMs: 10 * 60_000,
  };
  // `null` leaves the claim out.
  sign = (expiresAt: number | null = T0 + 60_000, issuedAt: number | null = T0) => {
    const jwt = new SignJWT({ role: 'directorate', name: 'Dina' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('person-1');
    if (issuedAt !== null) jwt.setIssuedAt(issuedAt / 1000);
    if (expiresAt !== null) jwt.setExpirationTime(expiresAt / 1000);
    return jwt.sign(privateKey);
  };
});

describe('a verified token is remembered until it expires', () => {
  it('answers a repeat without checking the signature again', async () => {
    const now = T0;
    const verify = tokenVerifier([issuer], () => now);
    const token = await sign(T0 + 60_000);
    const before = keyLookups;
    const first = await verify(`Bearer ${token}`);
    expect(await verify(`Bearer ${token}`)).toBe(first);
    expect(keyLookups - before).toBe(1);
  });

  it('refuses it once it has expired (give or take the clock skew), with the same 401', async () => {
    let now = T0;
    const verify = tokenVerifier([issuer], () => now);
    const token = await sign(T0 + 60_000);
    await verify(`Bearer ${token}`);
    now = T0 + 60_000 + CLOCK_SKEW_SECONDS * 1000 - 1000;
    await verify(`Bearer ${token}`);
    now = T0 + 60_000 + CLOCK_SKEW_SECONDS * 1000;
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });
  });

  it('looks the key up again once the issuer’s keys are due to be fetched again', async () => {
    let now = T0;
    const verify = tokenVerifier([issuer], () => now);
    const token = await sign(T0 + 60 * 60_000);
    const before = keyLookups;
    await verify(`Bearer ${token}`);
    now = T0 + issuer.rememberMs - 1;
    await verify(`Bearer ${token}`);
    expect(keyLookups - before).toBe(1);
    now = T0 + issuer.rememberMs;
    await verify(`Bearer ${token}`);
    expect(keyLookups - before).toBe(2);
  });

  it('forgets it when it grows older than a token may be, whatever its expiry says', async () => {
    let now = T0;
    const verify = tokenVerifier([{ ...issuer, rememberMs: Number.POSITIVE_INFINITY }], () => now);
    const token = await sign(T0 + 48 * 60 * 60_000);
    await verify(`Bearer ${token}`);
    now = T0 + (MAX_TOKEN_AGE_SECONDS + CLOCK_SKEW_SECONDS + 1) * 1000;
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });
  });

  it('does not let a changed token ride on a remembered one', async () => {
    const verify = tokenVerifier([issuer], () => T0);
    const token = await sign(T0 + 60_000);
    await verify(`Bearer ${token}`);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ role: 'directorate', sub: 'someone-else' })).toString(
      'base64url',
    );
    await expect(verify(`Bearer ${header}.${payload}.${signature}`)).rejects.toMatchObject({ status: 401 });
  });
});

describe('what a token must say about its own time', () => {
  const verify = (authorization: string) => tokenVerifier([issuer], () => T0)(authorization);
  const hour = 60 * 60_000;

  it.each([
    ['no exp', () => sign(null)],
    ['no iat', () => sign(T0 + hour, null)],
    ['an iat further ahead than the clock skew', () => sign(T0 + hour, T0 + (CLOCK_SKEW_SECONDS + 1) * 1000)],
    [
      'an iat longer ago than a token may live',
      () => sign(T0 + hour, T0 - (MAX_TOKEN_AGE_SECONDS + CLOCK_SKEW_SECONDS + 1) * 1000),
    ],
  ])('refuses a correctly signed token with %s', async (_name, token) => {
    await expect(verify(`Bearer ${await token()}`)).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it.each([
    ['an iat ahead by exactly the clock skew', () => sign(T0 + hour, T0 + CLOCK_SKEW_SECONDS * 1000)],
    ['an iat exactly as old as a token may be', () => sign(T0 + hour, T0 - MAX_TOKEN_AGE_SECONDS * 1000)],
  ])('accepts %s', async (_name, token) => {
    expect(await verify(`Bearer ${await token()}`)).toMatchObject({ role: 'directorate' });
  });
});
