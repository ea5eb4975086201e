import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { HttpProblem } from './problems.js';

/** Fastify's own refusals, in Norwegian with a stable code. */
const FRAMEWORK_PROBLEMS: Record<string, { code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', title: 'Forespørselen er for stor' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    title: 'Bare application/json er støttet',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'EMPTY_BODY', title: 'Forespørselen mangler innhold' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', title: 'Innholdet er ikke gyldig JSON' },
  // The router's own two, before any route is found: a broken %-escape and a path segment over 100 characters.
  FST_ERR_BAD_URL: { code: 'BAD_URL', title: 'Adressen er ikke gyldig' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', title: 'En del av adressen er for lang' },
};

function frameworkProblem(error: FastifyError): HttpProblem {
  const status = error.statusCode ?? 400;
  const known = error.code ? FRAMEWORK_PROBLEMS[error.code] : undefined;
  if (known) return new HttpProblem(status, known.code, known.title);
  // secure-json-parse and JSON.parse throw a SyntaxError the framework marks as 400.
  if (error instanceof SyntaxError || /JSON/.test(error.message))
    return new HttpProblem(400, 'INVALID_JSON', 'Innholdet er ikke gyldig JSON');
  return new HttpProblem(status, 'BAD_REQUEST', 'Ugyldig forespørsel');
}

export interface ServerOptions {
  /** Largest accepted body in bytes; a 200-line status report is about 30 KiB. */
  bodyLimit: number;
  logger: boolean;
}

function sendProblem(problem: HttpProblem, request: FastifyRequest, reply: FastifyReply) {
  return reply.code(problem.status).type('application/problem+json').send(problem.toJSON(request.url));
}

/** Fastify with problem+json for every refusal, JSON bodies only, and no 5xx for anything a client sends. */
export function createHttpServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    logger: options.logger,
    // Keys like __proto__ in a body are refused rather than silently dropped.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    frameworkErrors: (error, request, reply) => sendProblem(frameworkProblem(error), request, reply),
  });
  app.removeContentTypeParser('text/plain');

  // A route without a request body in the contract refuses one, so no stray input is silently ignored.
  app.addHook('preHandler', async (request) => {
    const expectsBody = (request.routeOptions.config as { body?: boolean }).body === true;
    if (!expectsBody && !request.is404 && request.body !== undefined)
      throw new HttpProblem(400, 'UNEXPECTED_BODY', 'Operasjonen tar ikke imot innhold');
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
