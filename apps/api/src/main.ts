import { buildApp } from './app.js';
import { devIssuer, type IssuerConfig, remoteIssuer } from './auth/tokens.js';
import { clockFrom, configFromEnv } from './config.js';
import { openDatabase } from './db/open.js';
import { seedDemo } from './demo/seed.js';

const config = configFromEnv();
const db = await openDatabase(config);
if (config.demo && (await seedDemo(db))) console.log('Demodata lastet inn');

const issuers: IssuerConfig[] = [];
if (config.auth) issuers.push(remoteIssuer(config.auth.issuer, config.auth.jwksUrl, config.auth.audience));
const dev = config.devLogin ? await devIssuer() : undefined;
if (dev) issuers.push(dev);

const app = buildApp({
  db,
  now: clockFrom(config.startAt),
  issuers,
  ...(dev ? { signDevToken: dev.sign } : {}),
  bodyLimit: config.bodyLimit,
  logger: true,
});

const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
