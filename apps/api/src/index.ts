/** The API as a library: build it on a database of your choice, e.g. to run it inside another test suite. */
export { type AppOptions, buildApp } from './app.js';
export { devIssuer, type IssuerConfig, remoteIssuer } from './auth/tokens.js';
export { type Config, clockFrom, configFromEnv } from './config.js';
export type { Database, Queryable } from './db/database.js';
export { openDatabase } from './db/open.js';
export { seedDemo } from './demo/seed.js';
