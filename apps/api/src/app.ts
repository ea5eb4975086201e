import { OPERATIONS } from '@sosialtilskudd/api-contract';
import type { FastifyInstance } from 'fastify';
import { type AttachmentScanner, noScanner } from './attachments/scanner.js';
import type { Principal } from './auth/principal.js';
import { type IssuerConfig, tokenVerifier } from './auth/tokens.js';
import { DEFAULT_PORTAL_URL } from './config.js';
import type { Database } from './db/database.js';
import type { AppContext } from './http/context.js';
import { type OperationHandlers, registerOperations } from './http/operations.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimits } from './http/rate-limits.js';
import { createHttpServer } from './http/server.js';
import { accountsHandlers } from './routes/accounts.js';
import { applicationHandlers } from './routes/applications.js';
import { approvalHandlers } from './routes/approvals.js';
import { assessmentHandlers } from './routes/assessments.js';
import { attachmentHandlers } from './routes/attachments.js';
import { caseHandlingHandlers } from './routes/case-handling.js';
import { eventHandlers } from './routes/events.js';
import { extensionHandlers } from './routes/extensions.js';
import { followUpHandlers } from './routes/follow-up.js';
import { frameUseHandlers } from './routes/frame-use.js';
import { frameHandlers } from './routes/frames.js';
import { identityHandlers } from './routes/identity.js';
import { messageAttachmentHandlers } from './routes/message-attachments.js';
import { messageHandlers } from './routes/messages.js';
import { publicHandlers } from './routes/public.js';
import { registerHandlers } from './routes/register.js';
import { roundHandlers } from './routes/round.js';
import { signingHandlers } from './routes/signing.js';

export interface AppOptions {
  db: Database;
  now?: () => Date;
  /** Token issuers to trust: the deployment's own (ID-porten, Entra ID) and, in development, the dev login. */
  issuers: readonly IssuerConfig[];
  /** Signs development tokens; when absent, the development-only operations (/dev/*) do not exist. */
  signDevToken?: (p: Principal) => Promise<string>;
  bodyLimit?: number;
  /** Webhook subscriptions must give https: URLs (production). */
  webhookHttpsOnly?: boolean;
  logger?: boolean;
  /** Requests per minute from one address to the operations that need no token (DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Checks every answer against its operation's declaration and reports what does not match (tests). */
  onContractViolation?: (message: string) => void;
  /** Scans uploaded files for malware (clamd); without one, files are stored as not scanned. */
  scanner?: AttachmentScanner;
  /** The portal the notices added by a request link to (PORTAL_URL); the demo portal's address by default. */
  portalUrl?: string;
}

/** The whole API as a Fastify instance, not yet listening: tests inject into it, main.ts listens. */
export function buildApp(options: AppOptions): FastifyInstance {
  const verify = tokenVerifier(options.issuers);
  const ctx: AppContext = {
    db: options.db,
    now: options.now ?? (() => new Date()),
    scanner: options.scanner ?? noScanner,
    portalUrl: options.portalUrl ?? DEFAULT_PORTAL_URL,
  };
  const development = options.signDevToken !== undefined;
  const app = createHttpServer({
    bodyLimit: options.bodyLimit ?? 512 * 1024,
    logger: options.logger ?? false,
  });
  const all = {
    ...publicHandlers(ctx, development),
    ...identityHandlers(options.signDevToken),
    ...applicationHandlers(ctx),
    ...signingHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...caseHandlingHandlers(ctx),
    ...approvalHandlers(ctx),
    ...extensionHandlers(ctx),
    ...frameHandlers(ctx),
    ...assessmentHandlers(ctx),
    ...roundHandlers(ctx),
    ...frameUseHandlers(ctx),
    ...followUpHandlers(ctx),
    ...accountsHandlers(ctx),
    ...messageHandlers(ctx),
    ...messageAttachmentHandlers(ctx),
    ...registerHandlers(ctx),
    ...eventHandlers(ctx, { webhookHttpsOnly: options.webhookHttpsOnly ?? false }),
  } satisfies OperationHandlers;
  const rateLimit = rateLimits(app, options.rateLimits ?? DEFAULT_RATE_LIMITS);
  // In a plugin of its own, so the routes are added after the rate limiter is ready to see them.
  app.register(async (scope) =>
    registerOperations(scope, OPERATIONS, all, {
      rateLimit,
      authenticate: (request) => verify(request.headers.authorization, request.log),
      development,
      ...(options.onContractViolation ? { onViolation: options.onContractViolation } : {}),
    }),
  );
  return app;
}
