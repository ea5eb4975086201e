import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { remoteIssuer } from '../src/auth/tokens.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { listeningUrl, startApiProcess } from './api-process.js';

/**
 * The server against a real OpenID Connect provider: `oidc-provider` (OpenID Certified), started here on loopback,
 * issuing JWT access tokens by the client-credentials grant. Each client stands for a person whose token is shaped
 * as Entra ID or ID-porten (Ansattporten) shape theirs; the provider adds those claims to the tokens it signs.
 */
const AUDIENCE = 'api://sosialtilskudd';
const TENANT = '4c3e7a2b-9f0d-4e51-8a6c-2d1b0f9e8a77';

const PEOPLE: Record<string, Record<string, unknown>> = {
  // Entra ID v2 access token: app roles in `roles`, the office after a colon.
  'entra-caseworker': {
    ver: '2.0',
    tid: TENANT,
    oid: '0a1b2c3d-0000-4000-8000-000000000001',
    name: 'Per Olsen',
    preferred_username: 'per.olsen@sfinnlandet.example',
    azp: 'tilskudd-portal',
    roles: ['county-caseworker:innlandet'],
  },
  'entra-directorate': {
    ver: '2.0',
    tid: TENANT,
    oid: '0a1b2c3d-0000-4000-8000-000000000002',
    name: 'Eva Moe',
    roles: ['Rapporter.Les', 'directorate'],
  },
  'entra-nav-head': {
    ver: '2.0',
    tid: TENANT,
    oid: '0a1b2c3d-0000-4000-8000-000000000003',
    name: 'Ingrid Berg',
    roles: ['nav-office-head:974541254'],
  },
  'entra-executive': {
    ver: '2.0',
    tid: TENANT,
    oid: '0a1b2c3d-0000-4000-8000-000000000004',
    name: 'Ola Hansen',
    roles: ['municipal-executive:3407'],
  },
  'entra-two-roles': {
    ver: '2.0',
    tid: TENANT,
    name: 'Ola To Roller',
    roles: ['directorate', 'county-caseworker:innlandet'],
  },
  // ID-porten for employees: the person, and the organisation Altinn says they act for.
  'idporten-frogner': {
    pid: '24917396617',
    acr: 'idporten-loa-high',
    amr: ['BankID'],
    client_amr: 'private_key_jwt',
  },
};

/**
 * Ansattporten's Rich Authorization Request: the client asks for the Altinn service, the provider answers with the
 * organisations (reportees) the person may act for there. The provider adds the reportees, as Altinn would.
 */
const ALTINN_SERVICE = {
  type: 'ansattporten:altinn:service',
  resource: 'urn:altinn:resource:tilskudd-sosiale-tjenester',
};
const REPORTEES: Record<string, unknown[]> = {
  'idporten-frogner': [
    {
      Rights: ['read', 'write'],
      Authority: 'iso6523-actorid-upis',
      ID: '0192:974760525',
      Name: 'NAV FROGNER',
    },
  ],
};

interface SigningKey {
  private: JWK;
  kid: string;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, private: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** oidc-provider on loopback. `publish` replaces it with one holding other keys (the first signs), as a rotation does. */
async function startProvider(keys: SigningKey[]) {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const publish = (published: SigningKey[]) => {
    const provider = new Provider(issuer, {
      clients: Object.keys(PEOPLE).map((client_id) => ({
        client_id,
        client_secret: `${client_id}-secret`,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_post',
        ...(REPORTEES[client_id] ? { authorization_details_types: [ALTINN_SERVICE.type] } : {}),
      })),
      jwks: { keys: published.map((k) => k.private) },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        richAuthorizationRequests: {
          enabled: true,
          types: { [ALTINN_SERVICE.type]: { validate: () => {} } },
          authorizationDetailsForAccessToken: (_ctx, token) => {
            const reportees = REPORTEES[(token as { clientId?: string }).clientId ?? ''];
            return reportees ? [{ ...ALTINN_SERVICE, reportees }] : [];
          },
          // Required by the configuration's type; the client-credentials grant uses neither.
          authorizationDetailsForGrantSource: () => [],
          authorizationDetailsForIntrospection: () => [],
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => AUDIENCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'api',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 300,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      ttl: { ClientCredentials: 300 },
      extraTokenClaims: (_ctx, token) => PEOPLE[(token as { clientId?: string }).clientId ?? ''],
    });
    server.removeAllListeners('request');
    server.on('request', provider.callback());
  };
  publish(keys);
  return {
    issuer,
    publish,
    /** An access token for the person, from the token endpoint the discovery document names. */
    token: async (person: string): Promise<string> => {
      const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
        token_endpoint: string;
      };
      const response = await fetch(discovery.token_endpoint, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: person,
          client_secret: `${person}-secret`,
          scope: 'api',
          ...(REPORTEES[person] ? { authorization_details: JSON.stringify([ALTINN_SERVICE]) } : {}),
        }),
      });
      const body = (await response.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`no token for ${person}: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: Database;
let keyA: SigningKey;
let keyB: SigningKey;
let provider: Awaited<ReturnType<typeof startProvider>>;

beforeAll(async () => {
  [keyA, keyB] = await Promise.all([signingKey('key-a'), signingKey('key-b')]);
  provider = await startProvider([keyA]);
  db = await openPglite();
  await migrate(db);
});
afterAll(async () => {
  await provider.stop();
  await db.close();
});

/** The API trusting the provider by its issuer URL alone: the keys come through discovery. */
function apiTrustingProvider(jwksCacheMs?: number) {
  const app = buildApp({
    db,
    issuers: [
      remoteIssuer({ issuer: provider.issuer, audience: AUDIENCE, ...(jwksCacheMs ? { jwksCacheMs } : {}) }),
    ],
  });
  const me = async (token: string) => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };
  return { me, close: () => app.close() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tokens from a real OpenID Connect provider', () => {
  it('finds the keys from the issuer URL and reads an Entra ID token: app role and county office', async () => {
    const api = apiTrustingProvider();
    expect(await api.me(await provider.token('entra-caseworker'))).toEqual({
      status: 200,
      body: {
        sub: 'entra-caseworker',
        name: 'Per Olsen',
        role: 'county-caseworker',
        organisationNumber: null,
        municipalityNumber: null,
        countyOfficeId: 'innlandet',
      },
    });
    // Roles of other applications beside this API's one are ignored.
    expect((await api.me(await provider.token('entra-directorate'))).body).toMatchObject({
      role: 'directorate',
    });
    await api.close();
  });

  it('reads an ID-porten (Ansattporten) token: the organisation Altinn says the person acts for', async () => {
    const api = apiTrustingProvider();
    expect(await api.me(await provider.token('idporten-frogner'))).toEqual({
      status: 200,
      body: {
        sub: 'idporten-frogner',
        name: 'idporten-frogner',
        role: 'nav-office',
        organisationNumber: '974760525',
        municipalityNumber: null,
        countyOfficeId: null,
      },
    });
    await api.close();
  });

  it('reads the Nav office head and the chief executive from Entra ID app roles, each with what they act for', async () => {
    const api = apiTrustingProvider();
    expect((await api.me(await provider.token('entra-nav-head'))).body).toMatchObject({
      role: 'nav-office-head',
      organisationNumber: '974541254',
      municipalityNumber: null,
    });
    expect((await api.me(await provider.token('entra-executive'))).body).toMatchObject({
      role: 'municipal-executive',
      organisationNumber: null,
      municipalityNumber: '3407',
    });
    await api.close();
  });

  it('refuses a token that gives the person two of the API’s roles', async () => {
    const api = apiTrustingProvider();
    expect(await api.me(await provider.token('entra-two-roles'))).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    await api.close();
  });

  it('picks up a new signing key, and refuses a retired one even for a token it had already accepted', async () => {
    const cacheMs = 1000;
    const api = apiTrustingProvider(cacheMs);
    const signedWithA = await provider.token('entra-caseworker');
    expect((await api.me(signedWithA)).status).toBe(200);

    provider.publish([keyB, keyA]); // B signs from now on; A is still published
    const signedWithB = await provider.token('entra-caseworker');
    expect(signedWithB).not.toBe(signedWithA);
    await pause(cacheMs + 100); // an unknown key is looked for at most once per cache period
    expect((await api.me(signedWithB)).status).toBe(200);
    expect((await api.me(signedWithA)).status).toBe(200);

    provider.publish([keyB]); // A retired
    await pause(cacheMs + 100);
    expect(await api.me(signedWithA)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect((await api.me(signedWithB)).status).toBe(200);
    await api.close();
    provider.publish([keyA]);
  });
});

describe('an identity provider that cannot be reached', () => {
  it('is answered 503 as a problem, and logged, not taken for a bad token', async () => {
    const gone = await startProvider([keyA]);
    const token = await gone.token('entra-caseworker');
    await gone.stop();
    const api = startApiProcess({
      DEMO_DATA: 'false',
      PGLITE_DIR: '',
      AUTH_ISSUER: gone.issuer,
      AUTH_AUDIENCE: AUDIENCE,
    });
    try {
      const url = await listeningUrl(api);
      const response = await fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 503, code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
      expect(await api.line(/identitetstilbyderen kunne ikke nås/)).toContain(gone.issuer);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  });
});
