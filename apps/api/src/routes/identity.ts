import type { Principal } from '../auth/principal.js';
import { DEV_TOKEN_SECONDS } from '../auth/tokens.js';
import { DEMO_USERS } from '../demo/people.js';
import { handlers } from '../http/operations.js';
import { notFound } from '../http/problems.js';

/** Who am I, and, outside production, a login for the demo users. */
export function identityHandlers(signDevToken: ((p: Principal) => Promise<string>) | undefined) {
  return handlers({
    getMe: async ({ principal }) => ({ status: 200, body: principal }),

    // Registered only when signDevToken is given (outside production), so it is there whenever these run.
    listDemoUsers: async () => ({
      status: 200,
      body: { items: [...DEMO_USERS].map(([id, principal]) => ({ id, principal })) },
    }),

    devLogin: async ({ body }) => {
      const principal = DEMO_USERS.get(body().userId);
      if (!principal || !signDevToken) throw notFound();
      return {
        status: 200,
        body: {
          accessToken: await signDevToken(principal),
          tokenType: 'Bearer',
          expiresIn: DEV_TOKEN_SECONDS,
          principal,
        },
      };
    },
  });
}
