import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGoldenFixtures } from './fixtures/index.js';
import { DOCUMENT_TYPES, type DocumentType, isDocumentType } from './registry.js';

/**
 * validateDocument parses with each schema as `z.compile` builds it. Compiled code that accepted what the
 * schema refuses would let bad documents through silently, so it is held to the schema here: on the golden
 * fixtures and on thousands of documents disturbed at random, both must say the same, value or issues alike.
 */
const types = Object.keys(DOCUMENT_TYPES) as DocumentType[];
const schemaOf = (type: DocumentType) => (DOCUMENT_TYPES[type] as unknown as { schema: z.ZodType }).schema;
// strict: a schema the compiler cannot handle fails here instead of silently keeping the slow parser.
const compiled = new Map(types.map((t) => [t, z.compile(schemaOf(t), { strict: true })]));

/** What a parse says: the value when it passes, the issues when it does not. */
function outcome(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? { value: result.data } : { issues: result.error.issues };
}

function agree(type: DocumentType, input: unknown) {
  const expected = outcome(schemaOf(type).safeParse(input));
  expect(outcome((compiled.get(type) as z.ZodType).safeParse(input))).toEqual(expected);
}

const { valid, invalid } = loadGoldenFixtures();
const typeOf = (c: { type?: DocumentType; document: unknown }): DocumentType | undefined => {
  const own = (c.document as { documentType?: unknown } | null)?.documentType;
  return c.type ?? (isDocumentType(own) ? own : undefined);
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document, as a path of keys and indexes. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value)
    ? value.map((v, i) => places(v, [...path, i]))
    : Object.entries(value).map(([k, v]) => places(v, [...path, k]));
  return [path, ...children.flat()];
}

/** A copy of `doc` with the value at `path` replaced, or removed when `replacement` is undefined. */
function disturb(doc: unknown, path: (string | number)[], replacement: Json | undefined): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** Values at the edges of what the schemas allow, and some arbitrary JSON. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(
    undefined,
    null,
    '',
    ' ',
    'x'.repeat(201),
    'x'.repeat(10_001),
    'ukjent-verdi',
    '2024-02-30',
    '2024-02-01T25:00:00Z',
    -1,
    0,
    0.5,
    1_000_000_000,
    1_000_000_001,
    true,
    [],
    {},
    { ukjent: 1 },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

describe('compiled schemas (z.compile) judge as the schemas do', () => {
  it('every document type compiles', () => {
    expect([...compiled.keys()]).toEqual(types);
  });

  it('on every golden fixture', () => {
    for (const c of [...valid, ...invalid]) {
      const type = typeOf(c);
      if (type) agree(type, c.document);
    }
  });

  it('on valid documents disturbed at one place', () => {
    const documents = valid.flatMap((c) => {
      const type = typeOf(c);
      return type ? [{ type, document: c.document, places: places(c.document) }] : [];
    });
    fc.assert(
      fc.property(
        fc
          .constantFrom(...documents)
          .chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...d.places), replacement)),
        ([d, path, value]) => agree(d.type, disturb(d.document, path, value)),
      ),
      { numRuns: 1000 },
    );
    // A thousand parses each way of whole documents: seconds on a loaded machine.
  }, 60_000);
});
