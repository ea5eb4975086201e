import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../build/precompress.js';
import { listenOn } from '../server/free-port.js';
import { acceptsEncoding, createPortalServer } from '../server/static-server.js';

/** A server that answers `name` and remembers the request targets it got. */
function recorder(name: string) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.end(name);
  });
  return { server, seen };
}

const root = mkdtempSync(join(tmpdir(), 'portal-static-'));
const dist = join(root, 'dist');
const api = recorder('api');
const other = recorder('other');
let portal: Server;
let portalPort = 0;
let otherPort = 0;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'big-abc123.js'), BIG_SCRIPT);
  writeFileSync(join(dist, 'assets', 'big-abc123.js.map'), '{"sources":["src/secret.ts"]}');
  writeFileSync(join(dist, 'assets', 'font-abc123.woff2'), 'wOF2');
  await precompressDir(dist);
  writeFileSync(join(root, 'secret.txt'), 'secret');
  const apiUrl = `http://127.0.0.1:${await listenOn(api.server)}`;
  otherPort = await listenOn(other.server);
  portal = createPortalServer({ distDir: dist, apiUrl, now: () => new Date() });
  portalPort = await listenOn(portal);
});
afterAll(() => {
  for (const server of [portal, api.server, other.server]) server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A script that compresses well, as the build's do. */
const BIG_SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `ord ${i % 7}`))};`;

/** One request with its target sent exactly as written (fetch would normalise it), the body not decoded. */
function send(target: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    type: string;
    body: string;
    raw: Buffer;
    headers: IncomingHttpHeaders;
  }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portalPort, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          body: raw.toString(),
          raw,
          headers: res.headers,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe("the portal's server", () => {
  it.each([
    ['a target that starts with //host', () => `//127.0.0.1:${otherPort}/v1/calls`],
    ['an absolute-form target', () => `http://127.0.0.1:${otherPort}/v1/calls`],
  ])('sends %s to the API and nowhere else, with the token', async (_, target) => {
    const answer = await send(target(), 'GET', { authorization: 'Bearer token' });
    expect(answer.body).toBe('api');
    expect(api.seen.at(-1)).toBe('/v1/calls');
    expect(other.seen).toEqual([]);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
  ])('serves nothing outside dist/ for %s', async (target) => {
    const answer = await send(target);
    expect(answer.body).not.toContain('secret');
    expect(answer.status).toBe(404);
    expect(answer.type).toContain('application/problem+json');
  });

  it('answers a broken %-escape with a 404 problem and keeps serving', async () => {
    const answer = await send('/assets/%E0%A4%A.js');
    expect(answer.status).toBe(404);
    expect(answer.type).toContain('application/problem+json');
    expect((await send('/assets/app.js')).body).toBe('console.log(1)');
  });

  it('serves the app for a page path and refuses other methods than GET and HEAD with a problem', async () => {
    expect((await send('/kontor/sak/1')).body).toContain('<title>portal</title>');
    const refused = await send('/kontor', 'POST');
    expect(refused.status).toBe(405);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
  });

  it('serves its own page at /dev/mail to a browser, and the same path as JSON from the API', async () => {
    const page = await send('/dev/mail', 'GET', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(page.body).toContain('<title>portal</title>');
    expect((await send('/dev/mail', 'GET', { accept: 'application/json' })).body).toBe('api');
    expect(api.seen.at(-1)).toBe('/dev/mail');
    expect((await send('/dev/users', 'GET', { accept: 'text/html' })).body).toBe('api');
  });

  it.each([
    ['br, gzip, deflate', 'br', brotliDecompressSync],
    ['gzip, deflate, br;q=0', 'gzip', gunzipSync],
    ['gzip;q=0.5, *', 'br', brotliDecompressSync],
  ] as const)('answers Accept-Encoding %s with the build’s %s copy', async (accept, encoding, decode) => {
    const answer = await send('/assets/big-abc123.js', 'GET', { 'accept-encoding': accept });
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
    expect(answer.raw.length).toBeLessThan(BIG_SCRIPT.length / 4);
    expect(decode(answer.raw).toString()).toBe(BIG_SCRIPT);
  });

  it.each([undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0'])(
    'sends the file as it is for Accept-Encoding %s',
    async (accept) => {
      const answer = await send('/assets/big-abc123.js', 'GET', accept ? { 'accept-encoding': accept } : {});
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body).toBe(BIG_SCRIPT);
    },
  );

  it('keeps hashed assets for a year and has index.html asked for again, answering a known ETag with 304', async () => {
    const asset = await send('/assets/big-abc123.js', 'GET', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = await send('/assets/font-abc123.woff2', 'GET', { 'accept-encoding': 'br' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/index.html', '/kontor/sak/1']) {
      const answer = await send(page);
      expect(answer.headers['cache-control']).toBe('no-cache');
      const again = await send(page, 'GET', { 'if-none-match': String(answer.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
    }
    // Each variant has its own tag: a cache never takes the brotli copy for the plain one.
    const plain = await send('/assets/big-abc123.js');
    expect(plain.headers.etag).not.toBe(asset.headers.etag);
    expect(
      (await send('/assets/big-abc123.js', 'GET', { 'if-none-match': String(asset.headers.etag) })).status,
    ).toBe(200);
  });

  it('does not serve source maps, however the name is escaped', async () => {
    expect((await send('/assets/big-abc123.js.map')).status).toBe(404);
    for (const target of ['/assets/big-abc123.js%2Emap', '/assets/big-abc123%2ejs%2emap'])
      expect((await send(target)).body).not.toContain('secret.ts');
  });
});

describe('acceptsEncoding', () => {
  it.each([
    ['br', 'br', true],
    ['BR;Q=1', 'br', true],
    ['gzip, br;q=0', 'br', false],
    ['gzip, br;q=0.001', 'br', true],
    ['*', 'gzip', true],
    ['*;q=0', 'gzip', false],
    ['gzip;q=0, *', 'gzip', false],
    ['', 'gzip', false],
  ] as const)('%s accepts %s: %s', (header, encoding, accepted) => {
    expect(acceptsEncoding(header, encoding)).toBe(accepted);
  });
});
