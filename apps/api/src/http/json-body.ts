import { MAX_DEPTH, type PathSegment, toPointer } from '@sosialtilskudd/domain';
import type { FastifyInstance } from 'fastify';
import { HttpProblem, issue } from './problems.js';

/**
 * How deep a body may nest: a document may nest MAX_DEPTH levels (the domain refuses deeper, at the field, for
 * writes and `POST /v1/validations` alike), and sits at most two levels into a body (`context.application`).
 */
export const MAX_BODY_DEPTH = MAX_DEPTH + 2;

/**
 * JSON bodies are parsed here instead of by Fastify's own parser. Before anything walks the body it is scanned
 * for depth, without recursion and without building it: JSON.parse alone takes seconds over a body of 200,000
 * nested brackets, and JSON.stringify (which the server runs on bodies) overflows the stack on one of 10,000.
 * After parsing, a `__proto__` key, or a `constructor` holding a `prototype`, is refused: it could poison objects
 * a handler merges the body into. Each refusal names where it is.
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
  const deep = tooDeep(text);
  if (deep) {
    const message = `Innholdet er nestet dypere enn ${MAX_BODY_DEPTH} nivåer`;
    throw new HttpProblem(400, 'NESTING_TOO_DEEP', 'For dypt nestet innhold', message, [
      issue('NESTING_TOO_DEEP', toPointer(deep), message),
    ]);
  }
  let value: unknown;
  try {
    // JSON.parse makes `__proto__` an own property, never the prototype, so reading the result is safe.
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'INVALID_JSON', 'Innholdet er ikke gyldig JSON');
  }
  const forbidden = forbiddenKeyPath(value);
  if (forbidden) {
    const message = `Nøkkelen «${String(forbidden.at(-1))}» kan ikke brukes i innholdet`;
    throw new HttpProblem(400, 'FORBIDDEN_KEY', 'Ugyldig nøkkel i innholdet', message, [
      issue('FORBIDDEN_KEY', toPointer(forbidden), message),
    ]);
  }
  return value;
}

type Frame = { array: true; index: number } | { array: false; key: string; expectKey: boolean };

/**
 * The path of the first array or object nested deeper than MAX_BODY_DEPTH, found by scanning the text once.
 * Only the structure is read (brackets, keys, commas outside strings); broken JSON is left for JSON.parse.
 */
function tooDeep(text: string): PathSegment[] | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack.at(-1);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      if (top && !top.array && top.expectKey) top.key = keyOf(text.slice(start, i + 1));
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= MAX_BODY_DEPTH) return stack.map((f) => (f.array ? f.index : f.key));
      stack.push(c === 0x5b ? { array: true, index: 0 } : { array: false, key: '', expectKey: true });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top) {
      if (top.array) top.index++;
      else top.expectKey = true;
    } else if (c === 0x3a /* : */ && top && !top.array) top.expectKey = false;
  }
  return undefined;
}

function keyOf(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The path to the first key refused: `__proto__`, or `constructor` holding a `prototype`. Walked with a stack. */
function forbiddenKeyPath(root: unknown): PathSegment[] | undefined {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
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
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PathSegment, unknown];
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
