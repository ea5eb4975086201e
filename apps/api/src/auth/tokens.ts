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

/** Verifies a Bearer token with the keys of the issuer it names; every failure is the same 401. */
export function tokenVerifier(issuers: readonly IssuerConfig[]) {
  return async (authorization: string | undefined): Promise<Principal> => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('Send et gyldig token som «Authorization: Bearer …».');
    const iss = claimedIssuer(token);
    const config = issuers.find((i) => i.issuer === iss);
    const payload = config
      ? await jwtVerify(token, config.keys, { issuer: config.issuer, audience: config.audience }).then(
          (r) => r.payload,
          () => undefined,
        )
      : undefined;
    if (!payload) throw unauthenticated('Tokenet er ugyldig, utløpt eller fra en ukjent utsteder.');
    const principal = principalFromClaims(payload);
    if (!principal)
      throw unauthenticated('Tokenet sier ikke hvilken rolle og hvilket kontor brukeren handler for.');
    return principal;
  };
}
