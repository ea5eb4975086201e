import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import {
  type CryptoKey,
  createRemoteJWKSet,
  decodeJwt,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import { identityProviderUnavailable, unauthenticated } from '../http/problems.js';
import { principalFromClaims } from './claims.js';
import type { Principal } from './principal.js';

export interface IssuerConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  /**
   * How long a verified token may be answered from memory before its key is looked up again: as long as the
   * issuer's keys are cached, so a key the provider has retired stops working as soon as it would unremembered.
   */
  rememberMs: number;
}

/** Clocks differ a little: `iat` may be this far ahead, `exp` this far behind. */
export const CLOCK_SKEW_SECONDS = 60;
/** No token is accepted longer than this after it was issued, whatever its `exp` says. */
export const MAX_TOKEN_AGE_SECONDS = 12 * 60 * 60;
/** How long the identity provider's keys are kept before they are fetched again. */
export const JWKS_CACHE_MS = 5 * 60 * 1000;
/** How long to wait for the identity provider before answering 503. */
const PROVIDER_TIMEOUT_MS = 5000;

/** The identity provider did not answer, or answered nonsense: the server cannot tell whether a token is good. */
class ProviderUnavailable extends Error {}

export interface RemoteIssuerOptions {
  issuer: string;
  audience: string;
  /** Without it, the JWKS is found by OpenID Connect discovery: `<issuer>/.well-known/openid-configuration`. */
  jwksUrl?: string;
  /** Production: the discovered JWKS must be https: too (a configured one is checked at start-up). */
  httpsOnly?: boolean;
  jwksCacheMs?: number;
}

/** Where a real deployment's tokens come from: ID-porten, Entra ID or any OpenID Connect provider. */
export function remoteIssuer(options: RemoteIssuerOptions): IssuerConfig {
  const cacheMaxAge = options.jwksCacheMs ?? JWKS_CACHE_MS;
  let jwks: Promise<JWTVerifyGetKey> | undefined;
  const keySet = async () => {
    const url = options.jwksUrl ? new URL(options.jwksUrl) : await discoverJwksUrl(options);
    // A key not in the cached set is looked for again, but not more often than the cache lives.
    return createRemoteJWKSet(url, {
      cacheMaxAge,
      cooldownDuration: Math.min(cacheMaxAge, 30_000),
      timeoutDuration: PROVIDER_TIMEOUT_MS,
    });
  };
  return {
    issuer: options.issuer,
    audience: options.audience,
    rememberMs: cacheMaxAge,
    keys: async (header, token) => {
      // A failed discovery is tried again on the next request rather than remembered.
      jwks ??= keySet().catch((error: unknown) => {
        jwks = undefined;
        throw error;
      });
      return (await jwks)(header, token);
    },
  };
}

/** OpenID Connect Discovery 1.0, § 4: the document must name the same issuer it was fetched from. */
async function discoverJwksUrl({ issuer, httpsOnly }: RemoteIssuerOptions): Promise<URL> {
  const where = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(where, { signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) }).catch(
    (error: unknown) => {
      throw new ProviderUnavailable(`${where}: ${(error as Error).message}`);
    },
  );
  if (!response.ok) throw new ProviderUnavailable(`${where}: HTTP ${response.status}`);
  const document = (await response.json().catch(() => undefined)) as
    | { issuer?: unknown; jwks_uri?: unknown }
    | undefined;
  if (document?.issuer !== issuer || typeof document.jwks_uri !== 'string')
    throw new ProviderUnavailable(`${where}: names another issuer or no jwks_uri`);
  const jwksUrl = new URL(document.jwks_uri);
  if (httpsOnly && jwksUrl.protocol !== 'https:')
    throw new ProviderUnavailable(`${where}: jwks_uri ${jwksUrl.href} is not https:`);
  return jwksUrl;
}

export const DEV_ISSUER = 'urn:sosialtilskudd:dev-login';
export const DEV_AUDIENCE = 'sosialtilskudd-api';
export const DEV_TOKEN_SECONDS = 8 * 60 * 60;

const DEV_ALG = 'ES256';

/**
 * The development login's key pair: read from `keyFile` when it is there, else made — and written there (as a
 * private JWK, readable by the owner only) when a file is named.
 */
async function devKeyPair(
  keyFile: string | undefined,
): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> {
  if (!keyFile) return generateKeyPair(DEV_ALG);
  let saved: JWK | undefined;
  try {
    saved = JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`Nøkkelen til utviklingsinnloggingen i ${keyFile} kan ikke leses; slett filen`);
  }
  if (saved) {
    const { d: _private, ...publicJwk } = saved;
    return {
      privateKey: (await importJWK(saved, DEV_ALG)) as CryptoKey,
      publicKey: (await importJWK(publicJwk, DEV_ALG)) as CryptoKey,
    };
  }
  const pair = await generateKeyPair(DEV_ALG, { extractable: true });
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, JSON.stringify(await exportJWK(pair.privateKey)), { mode: 0o600, flag: 'wx' });
  return pair;
}

/**
 * The development login's issuer. Its key is made at start-up, so tokens die with the process — unless `keyFile`
 * keeps it: then a restart (the demo's, on the same data directory) accepts the tokens it issued before.
 */
export async function devIssuer(
  keyFile?: string,
): Promise<IssuerConfig & { sign: (p: Principal) => Promise<string> }> {
  const { privateKey, publicKey } = await devKeyPair(keyFile);
  const jwk = await exportJWK(publicKey);
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    keys: async () => publicKey,
    // The key never changes while the process lives.
    rememberMs: Number.POSITIVE_INFINITY,
    sign: ({ sub, name, role, organisationNumber, municipalityNumber, countyOfficeId }) =>
      new SignJWT({ name, role, organisationNumber, municipalityNumber, countyOfficeId })
        .setProtectedHeader({ alg: DEV_ALG, kid: String(jwk.x).slice(0, 8) })
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

/** Failures that say the token is bad (401); anything else means the provider could not be asked (503). */
const TOKEN_FAULTS = [
  errors.JWTClaimValidationFailed,
  errors.JWTExpired,
  errors.JWTInvalid,
  errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
];
const isTokenFault = (error: unknown) => TOKEN_FAULTS.some((kind) => error instanceof kind);

/** How many verified tokens are remembered; past it the oldest is forgotten and verified again when it returns. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies a Bearer token with the keys of the issuer it names. The token must say when it was issued and when
 * it expires; one issued in the future (beyond CLOCK_SKEW_SECONDS) or longer ago than MAX_TOKEN_AGE_SECONDS is
 * refused. Every refusal is the same 401; an identity provider that cannot be reached is logged and answered 503.
 *
 * A verified token is remembered: checking a signature costs about 0.2 ms of CPU plus a trip to the crypto
 * thread pool, on every request of a session. A remembered token is the exact string that passed verification,
 * so nothing can be added to it, and it is verified again when it expires, grows too old, or its issuer's keys
 * are due to be fetched again (so a retired key is refused as soon as it would be without the memory).
 */
export function tokenVerifier(issuers: readonly IssuerConfig[], clock: () => number = Date.now) {
  const verified = new Map<string, { principal: Principal; untilMs: number }>();
  return async (authorization: string | undefined, log?: FastifyBaseLogger): Promise<Principal> => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('Send et gyldig token som «Authorization: Bearer …».');
    const now = clock();
    const known = verified.get(token);
    if (known && now < known.untilMs) return known.principal;
    verified.delete(token);
    const iss = claimedIssuer(token);
    const config = issuers.find((i) => i.issuer === iss);
    const payload = config
      ? await jwtVerify(token, config.keys, {
          issuer: config.issuer,
          audience: config.audience,
          currentDate: new Date(now),
          requiredClaims: ['exp', 'iat'],
          clockTolerance: CLOCK_SKEW_SECONDS,
          maxTokenAge: MAX_TOKEN_AGE_SECONDS,
        }).then(
          (r) => r.payload,
          (error: unknown) => {
            if (isTokenFault(error)) return undefined;
            log?.error({ err: error, issuer: config.issuer }, 'identitetstilbyderen kunne ikke nås');
            throw identityProviderUnavailable();
          },
        )
      : undefined;
    if (!payload) throw unauthenticated('Tokenet er ugyldig, utløpt eller fra en ukjent utsteder.');
    const principal = principalFromClaims(payload);
    if (!principal)
      throw unauthenticated('Tokenet sier ikke hvilken rolle og hvilket kontor brukeren handler for.');
    const untilMs = Math.min(
      ((payload.exp ?? 0) + CLOCK_SKEW_SECONDS) * 1000,
      ((payload.iat ?? 0) + MAX_TOKEN_AGE_SECONDS + CLOCK_SKEW_SECONDS) * 1000,
      now + (config?.rememberMs ?? 0),
    );
    if (verified.size >= REMEMBERED_TOKENS) verified.delete(verified.keys().next().value as string);
    verified.set(token, { principal: Object.freeze(principal), untilMs });
    return principal;
  };
}
