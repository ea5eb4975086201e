import type { z } from 'zod';
import { childSchema } from './rules/field-title.js';
import type { RuleIssue } from './rules/issue.js';
import { schemaIssue } from './rules/schema-issues.js';

/** Far deeper than any document nests (about eight levels); past it the walk stops, so no input can exhaust it. */
export const MAX_DEPTH = 64;

/** A body with thousands of bad strings gets this many issues, enough to find them, not a reply as big. */
const MAX_INPUT_ISSUES = 100;

/** U+0000, which PostgreSQL cannot store in text, and a UTF-16 surrogate without its pair (`\p{Cs}` in u-mode). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

function characterIssue(text: string, path: readonly PropertyKey[]): RuleIssue {
  const nul = text.includes('\u0000');
  return schemaIssue('INVALID_CHARACTER', path, {
    character: nul ? 'tegnet U+0000 (null)' : 'et ufullstendig tegn (en enslig UTF-16-surrogat)',
    characterNn: nul ? 'teiknet U+0000 (null)' : 'eit ufullstendig teikn (eit einsleg UTF-16-surrogat)',
  });
}

type AnySchema = z.core.$ZodType;

/** A value the schema takes as it is (`z.unknown()`): what it holds is judged elsewhere, if at all. */
const opaque = (schema: AnySchema | undefined) =>
  schema?._zod.def.type === 'unknown' || schema?._zod.def.type === 'any';

/**
 * Whether `input` plainly holds none of it: no string or key with U+0000 or a lone surrogate, no nesting past
 * MAX_DEPTH, parts the schema takes unread included. Nearly all input is like that, and this pass finds it
 * without a path or a schema per value: validating a status report went from 3.0–8.9 × its JSON.parse with the
 * full walk alone to 1.0–1.2 × (packages/domain/BENCHMARKS.md). Anything it doubts gets the full walk, which
 * stays the judge.
 */
function plainlyStorable(input: unknown): boolean {
  const values: unknown[] = [input];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return false;
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(value)) {
        for (const item of value) {
          values.push(item);
          depths.push(depth + 1);
        }
      } else {
        for (const key of Object.keys(value)) {
          if (UNSTORABLE.test(key)) return false;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
  }
  return true;
}

/**
 * What no document may hold, whatever its type, found before the schema is asked: a string or key with U+0000 or
 * a lone surrogate, and nesting deeper than MAX_DEPTH. The walk uses its own stack, never recursion, so a
 * 10,000-level input costs 64 levels. Parts the schema declares `z.unknown()` are skipped: they are another
 * document (`POST /v1/validations`'s `document`), judged on its own.
 */
export function inputIssues(input: unknown, schema?: AnySchema): RuleIssue[] {
  if (plainlyStorable(input)) return [];
  const issues: RuleIssue[] = [];
  const stack: { value: unknown; path: PropertyKey[]; schema: AnySchema | undefined }[] = [
    { value: input, path: [], schema },
  ];
  while (stack.length > 0 && issues.length < MAX_INPUT_ISSUES) {
    const { value, path, schema: at } = stack.pop() as (typeof stack)[number];
    if (opaque(at)) continue;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) issues.push(characterIssue(value, path));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      issues.push(schemaIssue('NESTING_TOO_DEEP', path, { maximum: MAX_DEPTH }));
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    const children = [];
    for (const [key, child] of entries) {
      if (typeof key === 'string' && UNSTORABLE.test(key)) issues.push(characterIssue(key, [...path, key]));
      else children.push({ value: child, path: [...path, key], schema: at && childSchema(at, key, value) });
    }
    // Reversed onto the stack, so issues come in document order (a loop: spreading 100,000 would overflow).
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof stack)[number]);
  }
  return issues.slice(0, MAX_INPUT_ISSUES);
}
