import { buildApp } from './app.js';
import { clamdScanner, noScanner } from './attachments/scanner.js';
import { devIssuer, type IssuerConfig, remoteIssuer } from './auth/tokens.js';
import { ConfigError, clockFrom, configFromEnv, resumedStart } from './config.js';
import { DataDirInUse } from './db/data-dir-lock.js';
import { openDatabase } from './db/open.js';
import { seedDemo } from './demo/seed.js';
import { startEventWorker } from './events/worker.js';
import { smtpSender } from './notices/sender.js';
import { NOTICE_RETRY_DELAYS_MS, noticeWork } from './notices/work.js';
import { removeUnfinishedUploads } from './repository/attachments.js';
import { lastRecordedAt } from './repository/audit.js';
import { STANDARD_RETRY_DELAYS_MS } from './webhooks/delivery.js';

/** A port another process listens on: a refusal to start like the others, said in Norwegian. */
class PortInUse extends Error {
  constructor(port: number) {
    super(
      `Porten ${port} er allerede i bruk av en annen prosess; stopp den eller velg en annen port med PORT.`,
    );
  }
}

async function main() {
  const config = configFromEnv();
  const db = await openDatabase(config);
  const startAt = resumedStart(config.startAt, await lastRecordedAt(db));
  // A clock resumed after the last recorded change starts now; otherwise at the anchor several processes share.
  const now = clockFrom(startAt, startAt === config.startAt ? config.clockAnchor : undefined);
  // The portal's server reads this line to judge deadlines on the API's day.
  if (startAt) console.log(`Klokken starter ${startAt.toISOString()}`);
  if (config.demo && (await seedDemo(db, { now: now(), progress: console.log })))
    console.log('Demodata lastet inn');
  // Uploads cut off by a stop leave rows that never finished; an hour is far beyond any upload.
  await removeUnfinishedUploads(db, new Date(now().getTime() - 3_600_000));
  const scanner = config.clamd ? clamdScanner(db, config.clamd, now) : noScanner;

  const issuers: IssuerConfig[] = [];
  if (config.auth) issuers.push(remoteIssuer(config.auth));
  const dev = config.devLogin ? await devIssuer(config.devLoginKeyFile) : undefined;
  if (dev) issuers.push(dev);

  const app = buildApp({
    db,
    now,
    issuers,
    scanner,
    ...(dev ? { signDevToken: dev.sign } : {}),
    bodyLimit: config.bodyLimit,
    rateLimits: config.rateLimits,
    webhookHttpsOnly: config.events.webhookHttpsOnly,
    portalUrl: config.events.portalUrl,
    logger: true,
  });
  const { events } = config;
  if (!events.smtpUrl) app.log.warn('SMTP_URL er ikke satt: e-postvarslene lagres, men sendes ikke');
  const worker = startEventWorker(db, {
    pollMs: events.pollMs,
    delivery: {
      leaseMs: events.webhookLeaseMs,
      timeoutMs: events.webhookTimeoutMs,
      retryDelaysMs: events.webhookRetryDelaysMs ?? STANDARD_RETRY_DELAYS_MS,
    },
    also: [
      noticeWork(db, {
        portalUrl: events.portalUrl,
        send: events.smtpUrl ? smtpSender(events.smtpUrl, events.mailFrom) : undefined,
        now,
        reminderEveryMs: 10 * 60_000,
        leaseMs: events.webhookLeaseMs,
        retryDelaysMs: NOTICE_RETRY_DELAYS_MS,
      }),
    ],
    onError: (error) => app.log.error(error, 'hendelsene kunne ikke behandles nå; prøver igjen'),
  });
  const close = async () => {
    await app.close();
    await worker.stop();
    await scanner.close();
    await db.close();
  };
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await close();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new PortInUse(config.port) : error;
  }
}

// A refusal to start is said in one line; anything else keeps its stack for whoever must fix it.
main().catch((error: unknown) => {
  const refusal = [ConfigError, DataDirInUse, PortInUse].some((kind) => error instanceof kind);
  console.error(refusal ? (error as Error).message : error);
  process.exit(1);
});
