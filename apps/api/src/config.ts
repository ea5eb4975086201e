import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClamdAddress } from './attachments/clamd.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './http/rate-limits.js';

/** The reference portal as `pnpm start` serves it: where notices link to unless PORTAL_URL says otherwise. */
export const DEFAULT_PORTAL_URL = 'http://localhost:5173';

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; without it the embedded PGlite database in `pgliteDir` is used. */
  databaseUrl?: string;
  pgliteDir: string;
  /** The identity provider; without `jwksUrl` its keys are found by OpenID Connect discovery from `issuer`. */
  auth?: { issuer: string; audience: string; jwksUrl?: string; httpsOnly: boolean };
  devLogin: boolean;
  /**
   * Where the development login keeps its signing key, so its tokens outlive a restart; without it each process
   * makes its own. Beside PGlite's data by default, so a demo login survives `pnpm start` being restarted.
   */
  devLoginKeyFile?: string;
  /** Demo data is loaded into an empty database. */
  demo: boolean;
  /** Start the clock at this instant (it runs on from there), to act inside a past call's deadlines. */
  startAt?: Date;
  /** The real instant at which the moved clock reads `startAt` (API_CLOCK_ANCHOR); else when the process starts. */
  clockAnchor?: Date;
  bodyLimit: number;
  /** Requests per minute from one address to what needs no token, and to the login. */
  rateLimits: RateLimits;
  /** The outbox's readers in the background: webhooks and notices (apps/api README, «Events»). */
  events: {
    pollMs: number;
    webhookLeaseMs: number;
    webhookTimeoutMs: number;
    /** The waits between attempts; one more attempt than waits, then the event is dead. */
    webhookRetryDelaysMs?: number[];
    /** Webhook URLs must be https: (production). */
    webhookHttpsOnly: boolean;
    /** Where notices are sent; without it they stay in the development outbox (/dev/mail). */
    smtpUrl?: string;
    mailFrom: string;
    /** The portal whose case pages the notices link to. */
    portalUrl: string;
  };
  /** clamd, to scan uploaded files for malware; without it they are stored as not scanned. */
  clamd?: ClamdAddress;
}

const DEFAULT_PGLITE_DIR = fileURLToPath(new URL('../.data/pglite', import.meta.url));
/** The development login's key in PGlite's data directory (beside the directory's lock, `tilskudd-api.pid`). */
export const DEV_LOGIN_KEY_FILE = 'dev-login-key.json';

/** A setting the server cannot start with; the message says which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`Ugyldig konfigurasjon: ${message}`);
    this.name = 'ConfigError';
  }
}

function fail(message: string): never {
  throw new ConfigError(message);
}

function delays(value: string | undefined): number[] | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+(,\d+)*$/.test(value)) fail('WEBHOOK_RETRY_DELAYS_MS må være heltall skilt med komma');
  return value.split(',').map(Number);
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) fail(`${name} må være et heltall`);
  return Number(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const { AUTH_ISSUER: issuer, AUTH_JWKS_URL: jwksUrl, AUTH_AUDIENCE: audience } = env;
  if (Boolean(issuer) !== Boolean(audience) || (jwksUrl && !issuer))
    fail('AUTH_ISSUER og AUTH_AUDIENCE settes sammen (AUTH_JWKS_URL bare sammen med dem)');
  if (production && !issuer) fail('i produksjon må AUTH_ISSUER og AUTH_AUDIENCE settes');
  for (const [name, value] of [
    ['AUTH_ISSUER', issuer],
    ['AUTH_JWKS_URL', jwksUrl],
  ] as const) {
    if (!value) continue;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) fail(`${name} må være en http(s)-adresse`);
    // Keys fetched over plain http could be swapped on the way, and with them every identity.
    if (production && url.protocol !== 'https:') fail(`i produksjon må ${name} være en https:-adresse`);
  }
  if (env.CLAMAV_SOCKET && env.CLAMAV_HOST) fail('sett enten CLAMAV_SOCKET eller CLAMAV_HOST, ikke begge');
  const clamd: ClamdAddress | undefined = env.CLAMAV_SOCKET
    ? { socket: env.CLAMAV_SOCKET }
    : env.CLAMAV_HOST
      ? { host: env.CLAMAV_HOST, port: integer(env.CLAMAV_PORT, 3310, 'CLAMAV_PORT') }
      : undefined;
  const startAt = env.API_START_AT ? new Date(env.API_START_AT) : undefined;
  if (startAt && Number.isNaN(startAt.getTime())) fail('API_START_AT må være et ISO-tidspunkt');
  const clockAnchor = env.API_CLOCK_ANCHOR ? new Date(env.API_CLOCK_ANCHOR) : undefined;
  if (clockAnchor && Number.isNaN(clockAnchor.getTime())) fail('API_CLOCK_ANCHOR må være et ISO-tidspunkt');
  const pgliteDir = env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR;
  // An empty PGLITE_DIR is a database in memory: its key lives as long as it does, in memory too.
  const devLoginKeyFile = production
    ? undefined
    : (env.DEV_LOGIN_KEY_FILE ??
      (env.DATABASE_URL || !pgliteDir ? undefined : join(pgliteDir, DEV_LOGIN_KEY_FILE)));
  return {
    port: integer(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    pgliteDir,
    ...(issuer && audience
      ? { auth: { issuer, audience, ...(jwksUrl ? { jwksUrl } : {}), httpsOnly: production } }
      : {}),
    devLogin: !production,
    ...(devLoginKeyFile ? { devLoginKeyFile } : {}),
    demo: env.DEMO_DATA ? env.DEMO_DATA !== 'false' : !production,
    ...(startAt ? { startAt } : {}),
    ...(clockAnchor ? { clockAnchor } : {}),
    bodyLimit: integer(env.BODY_LIMIT_BYTES, 512 * 1024, 'BODY_LIMIT_BYTES'),
    rateLimits: {
      open: integer(env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMITS.open, 'RATE_LIMIT_PER_MINUTE'),
      login: integer(
        env.RATE_LIMIT_LOGIN_PER_MINUTE,
        DEFAULT_RATE_LIMITS.login,
        'RATE_LIMIT_LOGIN_PER_MINUTE',
      ),
    },
    events: {
      pollMs: integer(env.EVENT_POLL_MS, 1000, 'EVENT_POLL_MS'),
      webhookLeaseMs: integer(env.WEBHOOK_LEASE_MS, 60_000, 'WEBHOOK_LEASE_MS'),
      webhookTimeoutMs: integer(env.WEBHOOK_TIMEOUT_MS, 20_000, 'WEBHOOK_TIMEOUT_MS'),
      ...(env.WEBHOOK_RETRY_DELAYS_MS ? { webhookRetryDelaysMs: delays(env.WEBHOOK_RETRY_DELAYS_MS) } : {}),
      webhookHttpsOnly: production,
      ...(env.SMTP_URL ? { smtpUrl: smtpUrl(env.SMTP_URL) } : {}),
      mailFrom: env.MAIL_FROM ?? 'Tilskudd sosiale tjenester <ikke-svar@sosialtilskudd.no>',
      portalUrl: (env.PORTAL_URL ?? DEFAULT_PORTAL_URL).replace(/\/$/, ''),
    },
    ...(clamd ? { clamd } : {}),
  };
}

function smtpUrl(value: string): string {
  if (!URL.canParse(value) || !/^smtps?:$/.test(new URL(value).protocol))
    fail('SMTP_URL må være en smtp:- eller smtps:-adresse');
  return value;
}

/**
 * Where a moved clock starts: at `startAt`, or just after the last change the database recorded when that is
 * later. A restart with the same API_START_AT then does not run the clock backwards: timestamps only grow.
 */
export function resumedStart(startAt: Date | undefined, lastRecorded: Date | undefined): Date | undefined {
  if (!startAt || !lastRecorded || lastRecorded < startAt) return startAt;
  return new Date(lastRecorded.getTime() + 1);
}

/**
 * A clock that reads `startAt` at the real instant `anchor` (by default now) and runs at normal speed. Processes
 * started a moment apart with one anchor keep one clock, as servers with synchronised real clocks do.
 */
export function clockFrom(startAt: Date | undefined, anchor: Date = new Date()): () => Date {
  if (!startAt) return () => new Date();
  const offset = startAt.getTime() - anchor.getTime();
  return () => new Date(Date.now() + offset);
}
