import { type PathSegment, toPointer } from '@sosialtilskudd/domain';
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { HttpProblem, issue } from './problems.js';

/**
 * JSON bodies are parsed here instead of by Fastify's own parser, which answers a forbidden key with the same
 * error as broken JSON. A `__proto__` key, or a `constructor` holding a `prototype`, could poison objects a
 * handler merges the body into, so it is refused, and the answer names where it is.
 */
export function parseJsonBodies(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

function parseJsonBody(text: string): unknown {
  if (text.length === 0) throw new HttpProblem(400, 'EMPTY_BODY', 'Forespørselen mangler innhold');
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    // The text parses as plain JSON exactly when the refusal was a forbidden key, not broken syntax.
    const path = forbiddenKeyPath(parsePlain(text));
    if (!path) throw new HttpProblem(400, 'INVALID_JSON', 'Innholdet er ikke gyldig JSON');
    const pointer = toPointer(path);
    const message = `Nøkkelen «${String(path.at(-1))}» kan ikke brukes i innholdet`;
    throw new HttpProblem(400, 'FORBIDDEN_KEY', 'Ugyldig nøkkel i innholdet', message, [
      issue('FORBIDDEN_KEY', pointer, message),
    ]);
  }
}

function parsePlain(text: string): unknown {
  try {
    // JSON.parse makes `__proto__` an own property, so reading the result is safe.
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The path to the first key secure-json-parse refuses: `__proto__`, or `constructor.prototype`. */
function forbiddenKeyPath(value: unknown, path: PathSegment[] = []): PathSegment[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    if (key === '__proto__') return [...path, key];
    if (
      key === 'constructor' &&
      typeof child === 'object' &&
      child !== null &&
      Object.hasOwn(child, 'prototype')
    )
      return [...path, key, 'prototype'];
    const found = forbiddenKeyPath(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
