import { createReadStream, type Stats, statSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { COMPRESSIBLE, ENCODINGS } from '../build/precompress.js';
import { isPortalPage } from './portal-pages.js';

export interface PortalServerOptions {
  /** The built portal (vite build's dist/). */
  distDir: string;
  /** The API every /v1, /dev and /health request is passed on to. */
  apiUrl: string;
  /** The API's clock, handed to the browser so deadlines are judged on the same day as the server judges them. */
  now: () => Date;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const PROXIED = /^\/(v1|dev)(\/|$)|^\/health$/;

const SECURITY_HEADERS = {
  // Aksel sets inline style attributes (widths, positions), so styles need 'unsafe-inline'; scripts do not.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

function problem(res: ServerResponse, status: number, code: string, title: string) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', ...SECURITY_HEADERS });
  res.end(JSON.stringify({ type: 'about:blank', title, status, code }));
}

function proxy(req: IncomingMessage, res: ServerResponse, apiUrl: string, url: URL) {
  // Only the path and query are the client's: resolving its raw target against apiUrl would let
  // `//other-host/v1/…` send the request, with the user's token, to another host.
  const target = new URL(apiUrl);
  target.pathname = url.pathname;
  target.search = url.search;
  const upstream = httpRequest(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) problem(res, 502, 'API_UNAVAILABLE', 'API-et svarer ikke');
    else res.destroy();
  });
  req.pipe(upstream);
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A file inside dist/, or undefined: no path may climb out of it. */
function fileIn(distDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = normalize(join(distDir, decoded));
  if (path !== distDir && !path.startsWith(distDir + sep)) return undefined;
  // Source maps stay on the machine that built the portal: they would publish the whole source.
  if (extname(path) === '.map') return undefined;
  return statOf(path)?.isFile() ? path : undefined;
}

/**
 * Whether an Accept-Encoding header (RFC 9110 § 12.5.3) accepts an encoding: named with a q above 0, or covered
 * by `*` with a q above 0. No header accepts none.
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  const weights = new Map(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
        return [String(name).trim().toLowerCase(), q === undefined ? 1 : Number(q)] as const;
      }),
  );
  const q = weights.get(encoding) ?? weights.get('*') ?? 0;
  return q > 0;
}

/** Hashed files under /assets never change; anything else (index.html) is asked for again every time. */
const cacheControl = (path: string) =>
  path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * Sends a file of dist/, as the build's brotli or gzip copy (build/precompress.ts) when the client accepts it,
 * with an ETag so a `no-cache` revalidation costs a 304.
 */
function sendFile(req: IncomingMessage, res: ServerResponse, path: string, method: string) {
  const compressible = COMPRESSIBLE.has(extname(path));
  const accepted = req.headers['accept-encoding'];
  const variant = compressible
    ? ENCODINGS.map((e) => ({ ...e, stat: statOf(path + e.suffix) })).find(
        (e) => e.stat?.isFile() && acceptsEncoding(accepted, e.name),
      )
    : undefined;
  const stat = variant?.stat ?? statOf(path);
  if (!stat) return problem(res, 404, 'NOT_FOUND', 'Finnes ikke');
  const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}${variant ? `-${variant.name}` : ''}"`;
  const headers = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(path),
    ETag: etag,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...SECURITY_HEADERS,
  };
  const known = (req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (known.includes(etag)) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, {
    ...headers,
    'Content-Length': stat.size,
    ...(variant ? { 'Content-Encoding': variant.name } : {}),
  });
  if (method === 'HEAD') res.end();
  else createReadStream(variant ? path + variant.suffix : path).pipe(res);
}

/** Serves the built portal on one port: static files, the single-page fallback, and the API behind /v1. */
export function createPortalServer(options: PortalServerOptions): Server {
  const distDir = normalize(options.distDir);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal');
    if (PROXIED.test(url.pathname) && !isPortalPage(url.pathname, req.headers.accept))
      return proxy(req, res, options.apiUrl, url);
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD')
      return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Metoden er ikke tillatt');
    if (url.pathname === '/portal-config.json') {
      res.writeHead(200, {
        'Content-Type': TYPES['.json'],
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS,
      });
      return res.end(JSON.stringify({ now: options.now().toISOString() }));
    }
    const file = fileIn(distDir, url.pathname);
    if (file) return sendFile(req, res, file, method);
    // A path with a file extension that does not exist is a missing file; any other path is a page of the app.
    if (extname(url.pathname)) return problem(res, 404, 'NOT_FOUND', 'Finnes ikke');
    const index = fileIn(distDir, '/index.html');
    if (!index) return problem(res, 503, 'NOT_BUILT', 'Portalen er ikke bygget: kjør pnpm build');
    sendFile(req, res, index, method);
  });
}
