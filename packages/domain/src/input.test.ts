import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inputIssues, MAX_DEPTH } from './input.js';
import { validateDocument } from './validate.js';

/** `levels` containers inside each other: [[[…]]]. */
function nested(levels: number, inner: unknown = 1): unknown {
  let value: unknown = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

const codes = (input: unknown, schema?: z.ZodType) =>
  inputIssues(input, schema).map(({ code, path }) => ({ code, path }));

describe('inputIssues: what no input may hold', () => {
  it('takes nesting up to MAX_DEPTH containers, and refuses one more at its pointer', () => {
    expect(codes(nested(MAX_DEPTH))).toEqual([]);
    expect(codes(nested(MAX_DEPTH + 1))).toEqual([
      { code: 'NESTING_TOO_DEEP', path: '/0'.repeat(MAX_DEPTH) },
    ]);
  });

  it('walks 10,000 levels without recursion, with or without __proto__ inside', () => {
    const text = `${'{"__proto__":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(codes(nested(10_000))).toHaveLength(1);
    expect(codes(JSON.parse(text))).toEqual([
      { code: 'NESTING_TOO_DEEP', path: '/__proto__'.repeat(MAX_DEPTH) },
    ]);
  });

  it.each([
    ['U+0000', 'Per\u0000Olsen', 'U+0000'],
    ['a lone high surrogate', 'Per \ud800', 'surrogat'],
    ['a lone low surrogate', '\udc00 Olsen', 'surrogat'],
  ])('refuses %s in a string, naming it in both languages', (_name, text, words) => {
    const [issue] = inputIssues({ people: [{ name: text }] });
    expect(issue).toMatchObject({ code: 'INVALID_CHARACTER', path: '/people/0/name' });
    expect(issue?.message).toContain(words);
    expect(issue?.messageNn).toContain(words);
  });

  it('refuses such a character in a key, and takes a surrogate pair (an emoji) and ordinary control text', () => {
    expect(codes({ 'na\u0000me': 'x' })).toEqual([{ code: 'INVALID_CHARACTER', path: '/na\u0000me' }]);
    expect(codes({ name: 'Per 😀 Olsen\n\tlinje to' })).toEqual([]);
  });

  it('skips what the schema takes unread (z.unknown), and checks the rest', () => {
    const schema = z.object({
      document: z.unknown(),
      type: z.string(),
      context: z.record(z.string(), z.unknown()),
    });
    expect(codes({ document: { a: '\u0000' }, type: 'x', context: { b: '\u0000' } }, schema)).toEqual([]);
    expect(codes({ document: 1, type: '\u0000', context: { 'k\u0000': 1 } }, schema)).toEqual([
      { code: 'INVALID_CHARACTER', path: '/type' },
      { code: 'INVALID_CHARACTER', path: '/context/k\u0000' },
    ]);
  });

  it("reads members named constructor or __proto__ as any other, not as the schema object's own", () => {
    const schema = z.object({ name: z.string() }).strict();
    expect(codes(JSON.parse('{"constructor":{"a":"\\u0000"},"__proto__":"\\u0000"}'), schema)).toEqual([
      { code: 'INVALID_CHARACTER', path: '/constructor/a' },
      { code: 'INVALID_CHARACTER', path: '/__proto__' },
    ]);
  });

  it('gives at most 100 issues, and a list of 200,000 items does not overflow the stack', () => {
    expect(inputIssues(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(100);
    expect(inputIssues(Array.from({ length: 200_000 }, () => 0))).toEqual([]);
  });

  it('validateDocument refuses the document with the issue and no value, so a draft holding it is refused too', () => {
    const result = validateDocument({ documentType: 'payment', id: '\u0000' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(['INVALID_CHARACTER']);
  });
});
