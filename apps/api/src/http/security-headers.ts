import type { FastifyInstance } from 'fastify';

/** On every answer: a browser never guesses another type than the one sent (a JSON body read as HTML). */
export const ALWAYS_HEADERS = { 'X-Content-Type-Options': 'nosniff' } as const;

/**
 * Headers on every answer, refusals included. An answer to a logged-in user (a bearer operation, or any request
 * carrying a token) is never stored by a browser or a proxy: cases, letters and PDFs hold personal and
 * financial details.
 */
export function securityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(ALWAYS_HEADERS);
    const config = request.routeOptions.config as { security?: string };
    if (config.security === 'bearer' || request.headers.authorization !== undefined)
      reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
