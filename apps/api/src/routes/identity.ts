import type { FastifyInstance } from 'fastify';
import type { Principal } from '../auth/principal.js';
import { DEV_TOKEN_SECONDS } from '../auth/tokens.js';
import { DEMO_USERS } from '../demo/people.js';
import type { AppContext } from '../http/context.js';
import { singleTextField } from '../http/documents.js';
import { notFound } from '../http/problems.js';

/** Who am I, and — outside production — a login for the demo users. */
export function identityRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  signDevToken: ((p: Principal) => Promise<string>) | undefined,
) {
  app.get('/v1/me', async (request) => ctx.authenticate(request));

  if (!signDevToken) return;

  app.get('/dev/users', async () => ({
    items: [...DEMO_USERS].map(([id, principal]) => ({ id, principal })),
  }));

  app.post('/dev/login', { config: { body: true } }, async (request) => {
    const principal = DEMO_USERS.get(singleTextField(request.body, 'userId', 'Bruker-id', 100));
    if (!principal) throw notFound();
    return {
      accessToken: await signDevToken(principal),
      tokenType: 'Bearer' as const,
      expiresIn: DEV_TOKEN_SECONDS,
      principal,
    };
  });
}
