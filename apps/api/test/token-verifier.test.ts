import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IssuerConfig, tokenVerifier } from '../src/auth/tokens.js';

const ISSUER = 'https://login.example.test';
const AUDIENCE = 'sosialtilskudd-api';
const T0 = Date.parse('2025-03-01T12:00:00Z');
let issuer: IssuerConfig;
let keyLookups = 0;
let sign: (expiresAt?: number) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  issuer = {
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: async () => {
      keyLookups++;
      return publicKey;
    },
  };
  sign = (expiresAt) => {
    const jwt = new SignJWT({ role: 'directorate', name: 'Dina' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('person-1')
      .setIssuedAt(T0 / 1000);
    return (expiresAt === undefined ? jwt : jwt.setExpirationTime(expiresAt / 1000)).sign(privateKey);
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

  it('refuses it once it has expired, with the same 401', async () => {
    let now = T0;
    const verify = tokenVerifier([issuer], () => now);
    const token = await sign(T0 + 60_000);
    await verify(`Bearer ${token}`);
    now = T0 + 60_000;
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

  it('verifies a token without an expiry every time', async () => {
    const verify = tokenVerifier([issuer], () => T0);
    const token = await sign();
    const before = keyLookups;
    await verify(`Bearer ${token}`);
    await verify(`Bearer ${token}`);
    expect(keyLookups - before).toBe(2);
  });
});
