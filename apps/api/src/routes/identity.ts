import { toPointer } from '@sosialtilskudd/domain';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../auth/principal.js';
import { DEV_TOKEN_SECONDS } from '../auth/tokens.js';
import { DEMO_USERS } from '../demo/people.js';
import type { AppContext } from '../http/context.js';
import { invalidDocument, issue, notFound } from '../http/problems.js';

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
    const body = request.body as Record<string, unknown> | null;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw invalidDocument([issue('INVALID_TYPE', '', 'Forespørselen må være et objekt med userId')]);
    const extra = Object.keys(body).filter((k) => k !== 'userId');
    if (typeof body.userId !== 'string' || extra.length)
      throw invalidDocument([
        ...(typeof body.userId !== 'string' ? [issue('REQUIRED', '/userId', 'Bruker-id: må fylles ut')] : []),
        ...extra.map((k) => issue('UNKNOWN_FIELD', toPointer([k]), `Ukjent felt «${k}»`)),
      ]);
    const principal = DEMO_USERS.get(body.userId);
    if (!principal) throw notFound();
    return {
      accessToken: await signDevToken(principal),
      tokenType: 'Bearer' as const,
      expiresIn: DEV_TOKEN_SECONDS,
      principal,
    };
  });
}
