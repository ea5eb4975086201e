import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Principal } from '../src/auth/principal.js';

export interface JwksIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** A token for `principal`'s claims, as the server reads them, valid for five minutes. */
  tokenFor: (principal: Principal) => Promise<string>;
  close: () => Promise<void>;
}

/** A stand-in for an identity provider's JWKS endpoint on loopback, and tokens signed with its one key. */
export async function startJwksIssuer(issuer = 'https://login.example.test'): Promise<JwksIssuer> {
  const audience = 'sosialtilskudd-api';
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    issuer,
    audience,
    jwksUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`,
    tokenFor: ({ sub, ...claims }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
