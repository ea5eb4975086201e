import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { HttpProblem } from './problems.js';
import { ALWAYS_HEADERS } from './security-headers.js';

/** Node's own refusals, made before any route is found, by the error code of its HTTP parser. */
const NODE_REFUSALS: Record<string, [status: number, code: string, title: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'Adressen eller headerne er for store'],
  HPE_INVALID_METHOD: [400, 'UNKNOWN_METHOD', 'Ukjent HTTP-metode'],
  HPE_INVALID_TRANSFER_ENCODING: [
    400,
    'AMBIGUOUS_LENGTH',
    'Forespørselen har både Content-Length og Transfer-Encoding',
  ],
  HPE_UNEXPECTED_CONTENT_LENGTH: [
    400,
    'AMBIGUOUS_LENGTH',
    'Forespørselen har både Content-Length og Transfer-Encoding',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'Forespørselen kom ikke fram i tide'],
};

/**
 * Answers what Node refuses before Fastify sees a request (headers over 16 KiB, a method its parser does not
 * know, Content-Length with Transfer-Encoding, a broken header) as a problem, like every other refusal, then
 * closes the connection, whose framing can no longer be trusted.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, title] = NODE_REFUSALS[error.code ?? ''] ?? [
    400,
    'BAD_REQUEST',
    'Ugyldig forespørsel',
  ];
  const body = JSON.stringify(new HttpProblem(status, code, title).toJSON());
  if (socket.writable)
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...Object.entries(ALWAYS_HEADERS).map(([name, value]) => `${name}: ${value}`),
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  socket.destroy(error);
}
