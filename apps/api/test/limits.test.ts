import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ rateLimits: { open: 5, login: 3 } });
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const get = async (url: string, token?: string, ip = '127.0.0.1') =>
  api.app.inject({
    method: 'GET',
    url,
    remoteAddress: ip,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });

describe('headers on every answer', () => {
  it('nosniff everywhere: an answer, a refusal, an unknown path, a broken URL', async () => {
    for (const url of ['/v1/calls', '/v1/calls/nei', '/v1/ingenting', '/v1/calls/%E0%A4%A'])
      expect((await get(url, undefined, '10.0.0.1')).headers['x-content-type-options'], url).toBe('nosniff');
  });

  it('no-store on every answer to a logged-in user, and on every operation that needs a token', async () => {
    const token = await api.token('sf-innlandet');
    for (const url of ['/v1/applications', '/v1/me', '/v1/calls']) {
      const response = await get(url, token, '10.0.0.2');
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    // Refusals of token operations too, and letters (JSON and PDF), whoever asks.
    for (const url of ['/v1/applications', `/v1/applications/${crypto.randomUUID()}/letter/pdf`]) {
      const response = await get(url, undefined, '10.0.0.2');
      expect(response.statusCode).toBe(401);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const letter = await get(`/v1/applications/${crypto.randomUUID()}/letter`, token, '10.0.0.2');
    expect([letter.statusCode, letter.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('a public answer to someone without a token may be cached as HTTP says', async () => {
    expect(
      (await get('/v1/reference/county-offices', undefined, '10.0.0.3')).headers['cache-control'],
    ).toBeUndefined();
  });
});

describe('rate limits on what needs no token', () => {
  it('an address over the limit gets 429 with Retry-After, as a problem, while another address goes on', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await get('/v1/reference/municipalities', undefined, '10.1.0.1'));
    expect(answers.slice(0, 5).map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    // The headers openapi.json declares on a rate-limited answer.
    expect(answers[0]?.headers).toMatchObject({
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': expect.any(String),
    });
    const limited = answers[5];
    expect(limited?.statusCode).toBe(429);
    expect(limited?.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await get('/v1/reference/municipalities', undefined, '10.1.0.2')).statusCode).toBe(200);
  });

  it('the login has a limit of its own, and validations count like every open operation', async () => {
    const login = () =>
      api.app.inject({
        method: 'POST',
        url: '/dev/login',
        remoteAddress: '10.2.0.1',
        payload: { userId: 'avdir' },
      });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await login()).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const validate = () =>
      api.app.inject({
        method: 'POST',
        url: '/v1/validations',
        remoteAddress: '10.2.0.2',
        payload: { document: {} },
      });
    const judged = [];
    for (let i = 0; i < 6; i++) judged.push((await validate()).statusCode);
    expect(judged).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('operations with a token and the health check are not limited', async () => {
    const token = await api.token('nav-gjovik');
    for (let i = 0; i < 8; i++) {
      expect((await get('/v1/me', token, '10.3.0.1')).statusCode).toBe(200);
      expect((await get('/health', undefined, '10.3.0.1')).statusCode).toBe(200);
    }
  });
});
