import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOn } from '../server/free-port.js';
import { createPortalServer } from '../server/static-server.js';

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

/** One request with its target sent exactly as written (fetch would normalise it). */
function send(target: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portalPort, path: target, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
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
});
