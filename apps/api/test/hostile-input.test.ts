import { connect } from 'node:net';
import { EXAMPLE_NAV_OFFICE, MAX_DEPTH } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor, decisionFor } from '../src/demo/documents.js';
import { walkCase } from '../src/demo/walk.js';
import { MAX_BODY_DEPTH } from '../src/http/json-body.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

/**
 * The probes that once got a 500, replayed: each is now a 4xx application/problem+json with a code and a
 * pointer, and the answer a write gives agrees with what POST /v1/validations says of the same document.
 */

const call = callOf('utvikling-sosiale-tjenester-2025');
const facts = {
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet' as const,
  applicationId: 'fiendtlig',
  measureName: 'Trygg bolig',
};

let api: TestApi;
let submitted: { id: string; caseNumber: string };
beforeAll(async () => {
  api = await startTestApi();
  const walked = await walkCase(await walkersFor(api), facts, 'submitted');
  submitted = { id: walked.id, caseNumber: walked.caseNumber ?? '' };
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const issueKeys = (body: { issues?: { code: string; path: string }[] }) =>
  (body.issues ?? []).map((i) => `${i.code} ${i.path}`);

async function send(
  method: 'GET' | 'POST',
  url: string,
  payload?: string,
  user?: 'nav-gjovik' | 'sf-innlandet',
) {
  const response = await api.app.inject({
    method,
    url,
    headers: {
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...(user ? { authorization: `Bearer ${await api.token(user)}` } : {}),
    },
    ...(payload === undefined ? {} : { payload }),
  });
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (response.statusCode >= 400)
    expect(response.headers['content-type']).toContain('application/problem+json');
  return { status: response.statusCode, body: response.json() };
}

/** `levels` arrays inside each other, written as text: JSON.stringify would overflow on the deep ones. */
const nestedText = (levels: number, key?: string) =>
  key
    ? `${`{"${key}":`.repeat(levels)}1${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}1${']'.repeat(levels)}`;

describe('deeply nested JSON', () => {
  it.each([
    ['arrays', undefined, '/document'.concat('/0'.repeat(MAX_BODY_DEPTH - 1))],
    ['objects with __proto__', '__proto__', '/document'.concat('/__proto__'.repeat(MAX_BODY_DEPTH - 1))],
  ])(
    '10,000 levels of %s to /v1/validations: 400 NESTING_TOO_DEEP at the first level too deep',
    async (_n, key, at) => {
      const { status, body } = await send(
        'POST',
        '/v1/validations',
        `{"document":${nestedText(10_000, key)}}`,
      );
      expect(status).toBe(400);
      expect(body.code).toBe('NESTING_TOO_DEEP');
      expect(issueKeys(body)).toEqual([`NESTING_TOO_DEEP ${at}`]);
    },
  );

  it('takes a body exactly MAX_BODY_DEPTH deep and refuses one level more', async () => {
    const inside = (levels: number) => `{"document":${nestedText(levels - 1)}}`;
    expect((await send('POST', '/v1/validations', inside(MAX_BODY_DEPTH))).status).toBe(200);
    expect((await send('POST', '/v1/validations', inside(MAX_BODY_DEPTH + 1))).status).toBe(400);
  });

  it('in a document, the domain refuses it at the field, and a write and /v1/validations agree', async () => {
    const deep = { ...applicationFor(facts), measure: JSON.parse(nestedText(MAX_DEPTH, 'x')) };
    const expected = [`NESTING_TOO_DEEP /measure${'/x'.repeat(MAX_DEPTH - 1)}`];
    const judged = await send('POST', '/v1/validations', JSON.stringify({ document: deep }));
    expect([judged.status, judged.body.ok, issueKeys(judged.body)]).toEqual([200, false, expected]);
    const written = await send('POST', '/v1/applications', JSON.stringify(deep), 'nav-gjovik');
    expect([written.status, written.body.code, issueKeys(written.body)]).toEqual([
      422,
      'VALIDATION_FAILED',
      expected,
    ]);
  });
});

describe('U+0000 and lone surrogates', () => {
  it.each([
    ['U+0000', '"Per\\u0000Olsen"'],
    ['a lone high surrogate', '"Per \\ud800Olsen"'],
    ['a lone low surrogate', '"Per \\udc00Olsen"'],
  ])('%s as a caseworker’s name is refused by the domain at the field', async (_n, name) => {
    const assigned = await send(
      'POST',
      `/v1/applications/${submitted.id}/assignment`,
      `{"caseworker":${name}}`,
      'sf-innlandet',
    );
    expect([assigned.status, issueKeys(assigned.body)]).toEqual([422, ['INVALID_CHARACTER /caseworker']]);
    // The same name in a decision: the write and /v1/validations agree.
    const decision = JSON.stringify({
      ...decisionFor({ ...facts, ...submitted }, 'granted'),
      caseworker: '§',
    });
    const withName = decision.replace('"§"', name);
    const judged = await send('POST', '/v1/validations', `{"document":${withName}}`);
    expect([judged.body.ok, issueKeys(judged.body)]).toEqual([false, ['INVALID_CHARACTER /caseworker']]);
    const written = await send('POST', `/v1/applications/${submitted.id}/decision`, withName, 'sf-innlandet');
    expect([written.status, issueKeys(written.body)]).toEqual([422, ['INVALID_CHARACTER /caseworker']]);
  });

  it('in a key of a document', async () => {
    const judged = await send(
      'POST',
      '/v1/validations',
      '{"document":{"documentType":"payment","a\\u0000":1}}',
    );
    expect(issueKeys(judged.body)).toEqual(['INVALID_CHARACTER /a\u0000']);
  });

  it('U+0000 in a query string or a path is a 400 at the parameter', async () => {
    const query = await send('GET', '/v1/applications?callId=a%00b', undefined, 'nav-gjovik');
    expect([query.status, query.body.code, issueKeys(query.body)]).toEqual([
      400,
      'INVALID_QUERY',
      ['INVALID_CHARACTER /query/callId'],
    ]);
    const path = await send('GET', '/v1/calls/a%00b');
    expect([path.status, path.body.code, issueKeys(path.body)]).toEqual([
      400,
      'INVALID_PARAMETER',
      ['INVALID_CHARACTER /path/callId'],
    ]);
  });

  it('a URL cannot carry a lone surrogate: its UTF-8 is invalid, a 400 in the path and plain text in a query', async () => {
    expect((await send('GET', '/v1/calls/%ED%A0%80')).body.code).toBe('BAD_URL');
    const listed = await send('GET', '/v1/applications?callId=%ED%A0%80', undefined, 'nav-gjovik');
    expect([listed.status, listed.body.items]).toEqual([200, []]);
  });
});

describe('a forged or altered paging cursor', () => {
  const cursor = (updatedAt: string, id = '00000000-0000-4000-8000-000000000000') =>
    Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');

  it.each([
    ['2025-99-99T99:99:99Z'],
    ['2025-02-30T10:00:00Z'],
    ['2025-01-20T24:00:00Z'],
    ['2025-01-20T10:00:00+16:00'],
  ])('a cursor for %s is a 400 at the parameter', async (instant) => {
    const { status, body } = await send(
      'GET',
      `/v1/applications?cursor=${cursor(instant)}`,
      undefined,
      'nav-gjovik',
    );
    expect([status, body.code, issueKeys(body)]).toEqual([
      400,
      'INVALID_QUERY',
      ['INVALID_CURSOR /query/cursor'],
    ]);
  });

  it('a wrong id is refused, and a made-up but valid position is only a place in the list', async () => {
    const wrong = await send(
      'GET',
      `/v1/applications?cursor=${cursor('2025-01-20T10:00:00Z', 'x')}`,
      undefined,
      'nav-gjovik',
    );
    expect(wrong.status).toBe(400);
    const leapDay = await send(
      'GET',
      `/v1/applications?cursor=${cursor('2024-02-29T23:59:59.999999+01:00')}`,
      undefined,
      'nav-gjovik',
    );
    expect(leapDay.status).toBe(200);
  });
});

/** A request written by hand on a socket, for what no HTTP client would send. */
function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
  const { port } = new URL(api.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
    setTimeout(() => socket.end(), 1000);
  });
}

describe('what Node itself refuses, answered as problems', () => {
  it.each([
    [
      'headers over 16 KiB',
      `GET /health HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    ],
    [
      'a URL over 16 KiB',
      `GET /health?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    ],
    ['an unknown method', 'FROB /health HTTP/1.1\r\nHost: a\r\n\r\n', 400, 'UNKNOWN_METHOD'],
    [
      'Content-Length with Transfer-Encoding',
      'POST /v1/validations HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      'AMBIGUOUS_LENGTH',
    ],
    ['a broken header', 'GET /health HTTP/1.1\r\nHost: a\r\nX: a\u0000b\r\n\r\n', 400, 'BAD_REQUEST'],
    ['HTTP/1.1 without Host', 'GET /health HTTP/1.1\r\n\r\n', 400, 'HOST_REQUIRED'],
  ])('%s', async (_n, request, status, code) => {
    const answer = await raw(request);
    expect(answer.status).toBe(status);
    expect(answer.headers).toContain('content-type: application/problem+json');
    expect(answer.headers).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(answer.body)).toMatchObject({ status, code });
  });

  it('HTTP/1.0, which has no Host, is still answered', async () => {
    expect((await raw('GET /health HTTP/1.0\r\n\r\n')).status).toBe(200);
  });
});
