import {
  createRemoteJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import { unauthenticated } from '../http/problems.js';
import { type Principal, principalFromClaims } from './principal.js';

export interface IssuerConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

/** Where a real deployment's tokens come from: ID-porten, Entra ID or any OIDC issuer with a JWKS. */
export function remoteIssuer(issuer: string, jwksUrl: string, audience: string): IssuerConfig {
  return { issuer, audience, keys: createRemoteJWKSet(new URL(jwksUrl)) };
}

export const DEV_ISSUER = 'urn:sosialtilskudd:dev-login';
export const DEV_AUDIENCE = 'sosialtilskudd-api';
export const DEV_TOKEN_SECONDS = 8 * 60 * 60;

/** A key made at start-up for the development login: tokens die with the process. */
export async function devIssuer(): Promise<IssuerConfig & { sign: (p: Principal) => Promise<string> }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    keys: async () => publicKey,
    sign: ({ sub, name, role, organisationNumber, countyOfficeId }) =>
      new SignJWT({ name, role, organisationNumber, countyOfficeId })
        .setProtectedHeader({ alg: 'ES256', kid: String(jwk.x).slice(0, 8) })
        .setSubject(sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${DEV_TOKEN_SECONDS}s`)
        .sign(privateKey),
  };
}

function claimedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/** How many verified tokens are remembered; past it the oldest is forgotten and verified again when it returns. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies a Bearer token with the keys of the issuer it names; every failure is the same 401.
 *
 * A verified token is remembered until it expires: checking an ES256 signature costs about 0.2 ms of CPU plus
 * a trip to the crypto thread pool, on every request of a session. A remembered token is the exact string that
 * passed verification, so nothing can be added to it; an expired one is verified again (and refused).
 */
export function tokenVerifier(issuers: readonly IssuerConfig[], clock: () => number = Date.now) {
  const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  return async (authorization: string | undefined): Promise<Principal> => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('Send et gyldig token som «Authorization: Bearer …».');
    const known = verified.get(token);
    if (known && clock() < known.expiresAtMs) return known.principal;
    verified.delete(token);
    const iss = claimedIssuer(token);
    const config = issuers.find((i) => i.issuer === iss);
    const payload = config
      ? await jwtVerify(token, config.keys, {
          issuer: config.issuer,
          audience: config.audience,
          currentDate: new Date(clock()),
        }).then(
          (r) => r.payload,
          () => undefined,
        )
      : undefined;
    if (!payload) throw unauthenticated('Tokenet er ugyldig, utløpt eller fra en ukjent utsteder.');
    const principal = principalFromClaims(payload);
    if (!principal)
      throw unauthenticated('Tokenet sier ikke hvilken rolle og hvilket kontor brukeren handler for.');
    // Only a token that says when it expires is remembered, and never past that.
    if (typeof payload.exp === 'number') {
      if (verified.size >= REMEMBERED_TOKENS) verified.delete(verified.keys().next().value as string);
      verified.set(token, { principal: Object.freeze(principal), expiresAtMs: payload.exp * 1000 });
    }
    return principal;
  };
}
