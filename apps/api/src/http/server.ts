import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { answerClientError } from './client-errors.js';
import { parseJsonBodies } from './json-body.js';
import { HttpProblem } from './problems.js';
import { ALWAYS_HEADERS, securityHeaders } from './security-headers.js';

/** Fastify's own refusals, in Norwegian with a stable code. */
const FRAMEWORK_PROBLEMS: Record<string, { code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', title: 'Forespørselen er for stor' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    title: 'Bare application/json er støttet',
  },
  // The router's own two, before any route is found: a broken %-escape and a path segment over 100 characters.
  FST_ERR_BAD_URL: { code: 'BAD_URL', title: 'Adressen er ikke gyldig' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', title: 'En del av adressen er for lang' },
};

function frameworkProblem(error: FastifyError): HttpProblem {
  const status = error.statusCode ?? 400;
  const known = error.code ? FRAMEWORK_PROBLEMS[error.code] : undefined;
  if (known) return new HttpProblem(status, known.code, known.title);
  return new HttpProblem(status, 'BAD_REQUEST', 'Ugyldig forespørsel');
}

export interface ServerOptions {
  /** Largest accepted body in bytes; a 200-line status report is about 30 KiB. */
  bodyLimit: number;
  logger: boolean;
}

function sendProblem(problem: HttpProblem, request: FastifyRequest, reply: FastifyReply) {
  // The router's own refusals (frameworkErrors) are sent without the onSend hooks.
  reply.headers(ALWAYS_HEADERS);
  return reply.code(problem.status).type('application/problem+json').send(problem.toJSON(request.url));
}

/** Fastify with problem+json for every refusal, JSON bodies only, and no 5xx for anything a client sends. */
export function createHttpServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    logger: options.logger,
    return503OnClosing: true,
    // A request without Host is answered by the hook below, as a problem, instead of by Node with a bare 400.
    http: { requireHostHeader: false },
    clientErrorHandler: answerClientError,
    frameworkErrors: (error, request, reply) => sendProblem(frameworkProblem(error), request, reply),
  });
  parseJsonBodies(app);
  securityHeaders(app);

  // HTTP/1.1 requires Host (RFC 9112 § 3.2); 1.0 did not have it.
  app.addHook('onRequest', async (request) => {
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined)
      throw new HttpProblem(400, 'HOST_REQUIRED', 'Host mangler', 'En HTTP/1.1-forespørsel må ha Host.');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else if ((error.statusCode ?? 500) < 500) problem = frameworkProblem(error);
    else {
      request.log.error(error);
      problem = new HttpProblem(
        500,
        'INTERNAL_ERROR',
        'Intern feil',
        'Noe gikk galt hos oss; prøv igjen senere.',
      );
    }
    return sendProblem(problem, request, reply);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      new HttpProblem(404, 'ROUTE_NOT_FOUND', 'Finnes ikke', 'Ingen operasjon har denne stien og metoden.'),
      request,
      reply,
    ),
  );
  return app;
}
