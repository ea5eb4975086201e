// An integrator's county office system: log in, then call the API through the published typed client.
import assert from 'node:assert/strict';
import { createTilskuddClient, TilskuddProblemError } from '@sosialtilskudd/api-client';

const baseUrl = process.env.TILSKUDD_API_URL;
assert.ok(baseUrl, 'TILSKUDD_API_URL is set by the consumer test');

const users = await (await fetch(`${baseUrl}/dev/users`)).json();
const caseworker = users.items.find((u) => u.principal.role === 'county-caseworker');
const login = await fetch(`${baseUrl}/dev/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ userId: caseworker.id }),
});
const { accessToken } = await login.json();

const client = createTilskuddClient({ baseUrl, getToken: () => accessToken });
const calls = await client.GET('/v1/calls');
assert.ok(calls.items.some((c) => c.id === 'utvikling-sosiale-tjenester-2025'));
const me = await client.GET('/v1/me');
assert.equal(me.role, 'county-caseworker');
const cases = await client.GET('/v1/applications');
assert.ok(Array.isArray(cases.items));

await assert.rejects(
  client.GET('/v1/applications/{applicationId}', { params: { path: { applicationId: 'finnes-ikke' } } }),
  (e) => e instanceof TilskuddProblemError && e.status === 404,
);
console.log(
  `api-client: ${calls.items.length} calls and ${cases.items.length} cases read from a running server`,
);
