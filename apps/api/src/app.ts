import type { FastifyInstance } from 'fastify';
import type { Principal } from './auth/principal.js';
import { type IssuerConfig, tokenVerifier } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { AppContext } from './http/context.js';
import { createHttpServer } from './http/server.js';
import { accountsRoutes } from './routes/accounts.js';
import { applicationRoutes } from './routes/applications.js';
import { caseHandlingRoutes } from './routes/case-handling.js';
import { extensionRoutes } from './routes/extensions.js';
import { followUpRoutes } from './routes/follow-up.js';
import { identityRoutes } from './routes/identity.js';
import { publicRoutes } from './routes/public.js';

export interface AppOptions {
  db: Database;
  now?: () => Date;
  /** Token issuers to trust: the deployment's own (ID-porten, Entra ID) and, in development, the dev login. */
  issuers: readonly IssuerConfig[];
  /** Signs development tokens; when absent, /dev/login does not exist. */
  signDevToken?: (p: Principal) => Promise<string>;
  bodyLimit?: number;
  logger?: boolean;
}

/** The whole API as a Fastify instance, not yet listening: tests inject into it, main.ts listens. */
export function buildApp(options: AppOptions): FastifyInstance {
  const verify = tokenVerifier(options.issuers);
  const ctx: AppContext = {
    db: options.db,
    now: options.now ?? (() => new Date()),
    authenticate: (request) => verify(request.headers.authorization, request.log),
  };
  const app = createHttpServer({
    bodyLimit: options.bodyLimit ?? 512 * 1024,
    logger: options.logger ?? false,
  });
  publicRoutes(app, ctx);
  identityRoutes(app, ctx, options.signDevToken);
  applicationRoutes(app, ctx);
  caseHandlingRoutes(app, ctx);
  extensionRoutes(app, ctx);
  followUpRoutes(app, ctx);
  accountsRoutes(app, ctx);
  return app;
}
