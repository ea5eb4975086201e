import { describe, expect, it } from 'vitest';
import { diffSchema, diffSchemaSets } from './classify.js';
import type { ChangeKind, ChangeSeverity } from './types.js';

type Schema = Record<string, unknown>;
type Expected = [pointer: string, kind: ChangeKind, severity: ChangeSeverity];

/** A Zod-style object: every listed property required unless `optional` names it, closed by default. */
function object(properties: Schema, optional: string[] = [], extra: Schema = {}): Schema {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return { type: 'object', properties, required, additionalProperties: false, ...extra };
}

/** The same document with `before`/`after` as the schema of its single property `v`. */
function field(before: unknown, after: unknown): [Schema, Schema] {
  return [object({ v: before }), object({ v: after })];
}

const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer' };
const nul = { type: 'null' };

const node = (children: unknown): Schema =>
  object({ name: str, children: { type: 'array', items: children } });
const tagged = (tag: string, extra: Schema = {}) =>
  object({ type: { type: 'string', const: tag }, ...extra });

const cases: [string, Schema, Schema, Expected[]][] = [
  ['identical schemas', object({ a: str }), object({ a: str }), []],
  ['key order is irrelevant', object({ a: str, b: num }), object({ b: num, a: str }), []],

  // Properties and required
  [
    'property removed from a closed object',
    object({ a: str, b: str }),
    object({ a: str }),
    [['/b', 'property-removed', 'breaking']],
  ],
  [
    'property removed from an open object',
    { type: 'object', properties: { a: str, b: num } },
    { type: 'object', properties: { a: str } },
    [['/b', 'property-removed', 'breaking']],
  ],
  [
    'optional property added',
    object({ a: str }),
    object({ a: str, b: num }, ['b']),
    [['/b', 'property-added', 'compatible']],
  ],
  [
    'required property added',
    object({ a: str }),
    object({ a: str, b: num }),
    [['/b', 'property-added', 'breaking']],
  ],
  [
    'property renamed (same schema)',
    object({ a: str, old: num }),
    object({ a: str, fresh: num }),
    [['/old', 'property-renamed', 'breaking']],
  ],
  [
    'rename ignores annotations but not shape',
    object({ old: { ...num, description: 'x' }, gone: str }),
    object({ fresh: { ...num, description: 'y' }, other: int }),
    [
      ['/old', 'property-renamed', 'breaking'],
      ['/gone', 'property-removed', 'breaking'],
      ['/other', 'property-added', 'breaking'],
    ],
  ],
  [
    'property made required',
    object({ a: str }, ['a']),
    object({ a: str }),
    [['/a', 'required-added', 'breaking']],
  ],
  [
    'property no longer required',
    object({ a: str }),
    object({ a: str }, ['a']),
    [['/a', 'required-removed', 'compatible']],
  ],
  [
    'record with enum keys gains a key',
    {
      type: 'object',
      propertyNames: { type: 'string', enum: ['k1'] },
      additionalProperties: num,
      required: ['k1'],
    },
    {
      type: 'object',
      propertyNames: { type: 'string', enum: ['k1', 'k2'] },
      additionalProperties: num,
      required: ['k1', 'k2'],
    },
    [
      ['/k2', 'required-added', 'breaking'],
      ['', 'enum-widened', 'compatible'],
    ],
  ],
  [
    'nested property removed deep inside arrays',
    object({ budget: object({ positions: { type: 'array', items: object({ title: str, salary: num }) } }) }),
    object({ budget: object({ positions: { type: 'array', items: object({ title: str }) } }) }),
    [['/budget/positions/*/salary', 'property-removed', 'breaking']],
  ],
  [
    'pointer segments are escaped',
    object({ 'a/b~c': str }),
    object({}),
    [['/a~1b~0c', 'property-removed', 'breaking']],
  ],

  // Types and nullability
  ['type array narrowed', ...field({ type: ['string', 'null'] }, str), [['/v', 'type-narrowed', 'breaking']]],
  ['type array widened', ...field(str, { type: ['string', 'null'] }), [['/v', 'type-widened', 'compatible']]],
  ['nullable anyOf narrowed', ...field({ anyOf: [str, nul] }, str), [['/v', 'type-narrowed', 'breaking']]],
  ['nullable anyOf widened', ...field(str, { anyOf: [str, nul] }), [['/v', 'type-widened', 'compatible']]],
  [
    'nullable spelled as anyOf or as type array',
    ...field({ anyOf: [str, nul] }, { type: ['string', 'null'] }),
    [],
  ],
  ['number to integer', ...field(num, int), [['/v', 'type-narrowed', 'breaking']]],
  ['integer to number', ...field(int, num), [['/v', 'type-widened', 'compatible']]],
  ['string to number', ...field(str, num), [['/v', 'type-narrowed', 'breaking']]],
  ['any value to string', ...field({}, str), [['/v', 'type-narrowed', 'breaking']]],
  ['string to any value', ...field(str, {}), [['/v', 'type-widened', 'compatible']]],
  ['schema false', ...field(str, false), [['/v', 'type-narrowed', 'breaking']]],
  [
    'constraints of a multi-type schema stay with their type',
    ...field({ type: ['string', 'null'], minLength: 1 }, { type: ['string', 'null'], minLength: 2 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],

  // Enum and const
  [
    'enum value removed',
    ...field({ ...str, enum: ['a', 'b'] }, { ...str, enum: ['a'] }),
    [['/v', 'enum-narrowed', 'breaking']],
  ],
  [
    'enum value added',
    ...field({ ...str, enum: ['a'] }, { ...str, enum: ['a', 'b'] }),
    [['/v', 'enum-widened', 'compatible']],
  ],
  [
    'enum value swapped',
    ...field({ ...str, enum: ['a', 'b'] }, { ...str, enum: ['a', 'c'] }),
    [['/v', 'enum-narrowed', 'breaking']],
  ],
  [
    'const changed',
    ...field({ ...str, const: 'a' }, { ...str, const: 'b' }),
    [['/v', 'enum-narrowed', 'breaking']],
  ],
  ['restricted to an enum', ...field(str, { ...str, enum: ['a'] }), [['/v', 'enum-narrowed', 'breaking']]],
  ['enum restriction lifted', ...field({ ...str, enum: ['a'] }, str), [['/v', 'enum-widened', 'compatible']]],
  [
    'union of literals equals an enum',
    ...field(
      {
        anyOf: [
          { ...str, const: 'a' },
          { ...str, const: 'b' },
        ],
      },
      { ...str, enum: ['b', 'a'] },
    ),
    [],
  ],
  [
    'nullable enum loses a value',
    ...field(
      { type: ['string', 'null'], enum: ['a', 'b', null] },
      { type: ['string', 'null'], enum: ['a', null] },
    ),
    [['/v', 'enum-narrowed', 'breaking']],
  ],

  // Ranges
  [
    'minimum raised',
    ...field({ ...num, minimum: 0 }, { ...num, minimum: 1 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  [
    'minimum lowered',
    ...field({ ...num, minimum: 1 }, { ...num, minimum: 0 }),
    [['/v', 'range-widened', 'compatible']],
  ],
  [
    'maximum lowered',
    ...field({ ...num, maximum: 10 }, { ...num, maximum: 9 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  ['maximum added', ...field(num, { ...num, maximum: 9 }), [['/v', 'range-narrowed', 'breaking']]],
  ['maximum removed', ...field({ ...num, maximum: 9 }, num), [['/v', 'range-widened', 'compatible']]],
  [
    'minimum made exclusive',
    ...field({ ...num, minimum: 0 }, { ...num, exclusiveMinimum: 0 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  [
    'exclusive minimum made inclusive',
    ...field({ ...num, exclusiveMinimum: 0 }, { ...num, minimum: 0 }),
    [['/v', 'range-widened', 'compatible']],
  ],
  [
    'exclusiveMaximum lowered',
    ...field({ ...num, exclusiveMaximum: 5 }, { ...num, exclusiveMaximum: 4 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  [
    'same bound spelled twice',
    ...field({ ...num, minimum: 0, exclusiveMinimum: 0 }, { ...num, exclusiveMinimum: 0 }),
    [],
  ],
  [
    'minLength raised',
    ...field({ ...str, minLength: 1 }, { ...str, minLength: 2 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  [
    'maxLength lowered',
    ...field({ ...str, maxLength: 9 }, { ...str, maxLength: 8 }),
    [['/v', 'range-narrowed', 'breaking']],
  ],
  [
    'maxLength raised',
    ...field({ ...str, maxLength: 8 }, { ...str, maxLength: 9 }),
    [['/v', 'range-widened', 'compatible']],
  ],
  [
    'minItems raised and maxItems raised',
    ...field(
      { type: 'array', items: str, minItems: 0, maxItems: 3 },
      { type: 'array', items: str, minItems: 1, maxItems: 4 },
    ),
    [
      ['/v', 'range-narrowed', 'breaking'],
      ['/v', 'range-widened', 'compatible'],
    ],
  ],

  // Pattern, format, multipleOf, uniqueItems
  ['pattern added', ...field(str, { ...str, pattern: '^a' }), [['/v', 'pattern-changed', 'breaking']]],
  [
    'pattern changed',
    ...field({ ...str, pattern: '^a' }, { ...str, pattern: '^a|b' }),
    [['/v', 'pattern-changed', 'breaking']],
  ],
  ['pattern removed', ...field({ ...str, pattern: '^a' }, str), [['/v', 'pattern-removed', 'compatible']]],
  ['format added', ...field(str, { ...str, format: 'email' }), [['/v', 'format-changed', 'breaking']]],
  [
    'format changed',
    ...field({ ...str, format: 'date' }, { ...str, format: 'date-time' }),
    [['/v', 'format-changed', 'breaking']],
  ],
  ['format removed', ...field({ ...str, format: 'email' }, str), [['/v', 'format-removed', 'compatible']]],
  ['multipleOf added', ...field(num, { ...num, multipleOf: 2 }), [['/v', 'multiple-of-changed', 'breaking']]],
  [
    'multipleOf to a non-divisor',
    ...field({ ...num, multipleOf: 2 }, { ...num, multipleOf: 3 }),
    [['/v', 'multiple-of-changed', 'breaking']],
  ],
  [
    'multipleOf to a divisor',
    ...field({ ...num, multipleOf: 10 }, { ...num, multipleOf: 5 }),
    [['/v', 'multiple-of-changed', 'compatible']],
  ],
  [
    'multipleOf removed',
    ...field({ ...num, multipleOf: 2 }, num),
    [['/v', 'multiple-of-removed', 'compatible']],
  ],
  [
    'uniqueItems added',
    ...field({ type: 'array' }, { type: 'array', uniqueItems: true }),
    [['/v', 'unique-items-changed', 'breaking']],
  ],

  // additionalProperties
  [
    'closed',
    { type: 'object', properties: { a: str } },
    object({ a: str }, ['a']),
    [['', 'additional-properties-closed', 'breaking']],
  ],
  [
    'closed from a schema',
    ...field({ type: 'object', additionalProperties: str }, { type: 'object', additionalProperties: false }),
    [['/v', 'additional-properties-closed', 'breaking']],
  ],
  [
    'opened',
    object({ a: str }, ['a']),
    { type: 'object', properties: { a: str }, additionalProperties: {} },
    [['', 'additional-properties-opened', 'compatible']],
  ],
  [
    'record values narrowed',
    ...field({ type: 'object', additionalProperties: num }, { type: 'object', additionalProperties: int }),
    [['/v/*', 'type-narrowed', 'breaking']],
  ],

  // Arrays
  [
    'item type narrowed',
    ...field({ type: 'array', items: { type: ['string', 'number'] } }, { type: 'array', items: str }),
    [['/v/*', 'type-narrowed', 'breaking']],
  ],
  [
    'tuple position changed',
    ...field(
      { type: 'array', prefixItems: [str, num], items: false },
      { type: 'array', prefixItems: [str, int], items: false },
    ),
    [['/v/1', 'type-narrowed', 'breaking']],
  ],
  [
    'tuple grows',
    ...field(
      { type: 'array', prefixItems: [str], items: false },
      { type: 'array', prefixItems: [str, num], items: false },
    ),
    [['/v/1', 'type-widened', 'compatible']],
  ],

  // Unions
  [
    'union branch removed',
    ...field({ oneOf: [tagged('a'), tagged('b')] }, { oneOf: [tagged('a')] }),
    [['/v', 'union-narrowed', 'breaking']],
  ],
  [
    'union branch added',
    ...field({ oneOf: [tagged('a')] }, { oneOf: [tagged('a'), tagged('b')] }),
    [['/v', 'union-widened', 'compatible']],
  ],
  [
    'union branch replaced',
    ...field({ oneOf: [tagged('a'), tagged('b')] }, { oneOf: [tagged('a'), tagged('c')] }),
    [
      ['/v', 'union-narrowed', 'breaking'],
      ['/v', 'union-widened', 'compatible'],
    ],
  ],
  [
    'change inside a tagged member, members reordered',
    ...field(
      { oneOf: [tagged('a', { x: str }), tagged('b', { y: num })] },
      { oneOf: [tagged('b', { y: int }), tagged('a', { x: str })] },
    ),
    [['/v/y', 'type-narrowed', 'breaking']],
  ],
  ['plain union loses a type', ...field({ anyOf: [str, num] }, str), [['/v', 'type-narrowed', 'breaking']]],
  [
    'anyOf became oneOf',
    ...field({ anyOf: [str, num] }, { oneOf: [str, num] }),
    [['/v', 'union-narrowed', 'breaking']],
  ],
  [
    'oneOf became anyOf',
    ...field({ oneOf: [str, num] }, { anyOf: [str, num] }),
    [['/v', 'union-widened', 'compatible']],
  ],
  [
    'allOf folded into one object',
    object({ v: { allOf: [object({ a: str }), { properties: { b: num }, required: ['b'] }] } }),
    object({ v: object({ a: str, b: num }) }),
    [],
  ],

  // Annotations
  [
    'description changed',
    ...field({ ...str, description: 'a' }, { ...str, description: 'b' }),
    [['/v', 'annotation', 'compatible']],
  ],
  [
    'default and examples changed',
    ...field({ ...str, default: 'a' }, { ...str, default: 'b', examples: ['c'] }),
    [
      ['/v', 'annotation', 'compatible'],
      ['/v', 'annotation', 'compatible'],
    ],
  ],
  ['deprecated', ...field(str, { ...str, deprecated: true }), [['/v', 'deprecated', 'compatible']]],
  [
    'vendor metadata',
    ...field({ ...str, 'x-owner': 'a' }, { ...str, 'x-owner': 'b' }),
    [['/v', 'annotation', 'compatible']],
  ],
  [
    'description moved onto a nullable member',
    ...field({ ...str, description: 'd' }, { anyOf: [{ ...str, description: 'd' }, nul] }),
    [['/v', 'type-widened', 'compatible']],
  ],

  // Fail safe
  ['unknown keyword changed', ...field({ not: str }, { not: num }), [['/v', 'unknown', 'breaking']]],
  [
    'unresolvable $ref changed',
    ...field({ $ref: 'other.json#/a' }, { $ref: 'other.json#/b' }),
    [['/v', 'unknown', 'breaking']],
  ],
];

describe('diffSchema', () => {
  it.each(cases)('%s', (_title, before, after, expected) => {
    const changes = diffSchema('doc', before, after);
    expect(changes.map((c): Expected => [c.pointer, c.kind, c.severity])).toEqual(expected);
    for (const change of changes) {
      expect(change.documentType).toBe('doc');
      expect(change.message).toMatch(/^[^\n]+$/);
    }
  });
});

describe('$ref and $defs', () => {
  const withDefs = (amount: Schema, extra: Schema = {}) => ({
    ...object({
      budget: { $ref: '#/$defs/Money' },
      spent: { anyOf: [{ $ref: '#/$defs/Money' }, nul] },
      ...extra,
    }),
    $defs: { Money: object({ amount }) },
  });

  const refCases: [string, Schema, Schema, Expected[]][] = [
    [
      'a change inside a $def is reported where it is used',
      withDefs(num),
      withDefs(int),
      [
        ['/budget/amount', 'type-narrowed', 'breaking'],
        ['/spent/amount', 'type-narrowed', 'breaking'],
      ],
    ],
    [
      'a $def renamed with the same content is no change',
      withDefs(num),
      {
        ...object({
          budget: { $ref: '#/$defs/Amount' },
          spent: { anyOf: [{ $ref: '#/$defs/Amount' }, nul] },
        }),
        $defs: { Amount: object({ amount: num }) },
      },
      [],
    ],
    [
      'a $ref inlined is no change',
      withDefs(num),
      { ...object({ budget: object({ amount: num }), spent: { anyOf: [object({ amount: num }), nul] } }) },
      [],
    ],
    [
      'a $ref sibling description is an annotation',
      withDefs(num),
      withDefs(num, { budget: { $ref: '#/$defs/Money', description: 'Money spent' } }),
      [['/budget', 'annotation', 'compatible']],
    ],
    [
      'recursive $def is compared once',
      { ...object({ tree: { $ref: '#/$defs/Node' } }), $defs: { Node: node({ $ref: '#/$defs/Node' }) } },
      {
        ...object({ tree: { $ref: '#/$defs/Node' } }),
        $defs: { Node: { ...node({ $ref: '#/$defs/Node' }), required: ['name'] } },
      },
      [['/tree/children', 'required-removed', 'compatible']],
    ],
    [
      'recursion through the root',
      node({ $ref: '#' }),
      {
        ...node({ $ref: '#' }),
        properties: { name: int, children: { type: 'array', items: { $ref: '#' } } },
      },
      [['/name', 'type-narrowed', 'breaking']],
    ],
    [
      'mutual recursion',
      {
        ...object({ a: { $ref: '#/$defs/A' } }),
        $defs: {
          A: object({ b: { $ref: '#/$defs/B' } }, ['b']),
          B: object({ a: { $ref: '#/$defs/A' } }, ['a']),
        },
      },
      {
        ...object({ a: { $ref: '#/$defs/A' } }),
        $defs: {
          A: object({ b: { $ref: '#/$defs/B' } }, ['b']),
          B: object({ a: { $ref: '#/$defs/A' } }, []),
        },
      },
      [['/a/b/a', 'required-added', 'breaking']],
    ],
    [
      'recursive nullable link',
      {
        ...object({ head: { $ref: '#/$defs/L' } }),
        $defs: { L: object({ v: num, next: { anyOf: [{ $ref: '#/$defs/L' }, nul] } }) },
      },
      {
        ...object({ head: { $ref: '#/$defs/L' } }),
        $defs: { L: object({ v: int, next: { anyOf: [{ $ref: '#/$defs/L' }, nul] } }) },
      },
      [['/head/v', 'type-narrowed', 'breaking']],
    ],
    [
      'recursion through a merged allOf',
      {
        $ref: '#/$defs/A',
        $defs: {
          A: {
            allOf: [
              object({ x: { $ref: '#/$defs/A' }, v: num }, ['x']),
              { properties: { x: { description: 'd' } } },
            ],
          },
        },
      },
      {
        $ref: '#/$defs/A',
        $defs: {
          A: {
            allOf: [
              object({ x: { $ref: '#/$defs/A' }, v: int }, ['x']),
              { properties: { x: { description: 'd' } } },
            ],
          },
        },
      },
      [
        ['/x/v', 'type-narrowed', 'breaking'],
        ['/v', 'type-narrowed', 'breaking'],
      ],
    ],
  ];

  it.each(refCases)('%s', (_title, before, after, expected) => {
    const changes = diffSchema('doc', before, after);
    expect(changes.map((c): Expected => [c.pointer, c.kind, c.severity])).toEqual(expected);
  });
});

describe('fail safe', () => {
  it('reports an unclassifiable nesting depth as breaking instead of recursing forever', () => {
    const nest = (leaf: Schema, depth: number): Schema =>
      depth === 0 ? leaf : object({ a: nest(leaf, depth - 1) });
    const changes = diffSchema('doc', nest(num, 80), nest(int, 80));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'unknown', severity: 'breaking', pointer: '/a'.repeat(64) });
  });
});

describe('change details', () => {
  it('names both sides of a rename', () => {
    expect(diffSchema('doc', object({ note: str }), object({ comment: str }))).toEqual([
      {
        documentType: 'doc',
        pointer: '/note',
        kind: 'property-renamed',
        severity: 'breaking',
        message: "Property 'note' renamed to 'comment'",
        before: 'note',
        after: 'comment',
      },
    ]);
  });

  it.each([
    [{ ...str, enum: ['a', 'b'] }, { ...str, enum: ['a', 'c'] }, 'Allowed values removed: "b"; added "c"'],
    [
      { ...num, minimum: 0 },
      { ...num, exclusiveMinimum: 0 },
      'Lower bound raised from minimum 0 to exclusiveMinimum 0',
    ],
    [{ ...str, maxLength: 5 }, str, 'Upper bound removed: maxLength 5'],
    [{ type: ['string', 'null'] }, str, 'Type narrowed: no longer accepts null'],
    [num, int, 'Type narrowed from number to integer'],
    [str, { ...str, deprecated: true }, 'Marked as deprecated'],
    [{ ...str, pattern: '^a' }, { ...str, pattern: '^b' }, 'Pattern changed from "^a" to "^b"'],
  ])('describes %j → %j', (before, after, message) => {
    expect(diffSchema('doc', ...field(before, after)).map((c) => c.message)).toEqual([message]);
  });
});

describe('diffSchemaSets', () => {
  it('reports removed and added document types and diffs the rest', () => {
    const changes = diffSchemaSets(
      { budget: object({ a: str }), old: object({}) },
      { budget: object({}), fresh: object({}) },
    );
    expect(changes.map((c) => [c.documentType, c.pointer, c.kind, c.severity])).toEqual([
      ['budget', '/a', 'property-removed', 'breaking'],
      ['fresh', '', 'document-added', 'compatible'],
      ['old', '', 'document-removed', 'breaking'],
    ]);
  });

  it('finds nothing between identical sets', () => {
    expect(diffSchemaSets({ a: object({ x: str }) }, { a: object({ x: str }) })).toEqual([]);
  });
});
