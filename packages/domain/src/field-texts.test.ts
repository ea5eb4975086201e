import { describe, expect, it } from 'vitest';
import { budgetJsonSchema, DOCUMENT_TYPE_NAMES, documentJsonSchema, type JsonSchema } from './index.js';

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointerToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** A property that only points at a shared definition takes its label and help text from the definition. */
const isBareRef = (node: Node) => Object.keys(node).length === 1 && '$ref' in node;

/**
 * Every property schema and shared definition in a generated JSON Schema, with its JSON Pointer, through
 * $defs, union branches and array items.
 */
function fieldSchemas(node: Node, pointer = ''): { pointer: string; schema: Node }[] {
  const found: { pointer: string; schema: Node }[] = [];
  const visit = (child: unknown, at: string) => {
    if (isNode(child)) found.push(...fieldSchemas(child, at));
  };
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${pointerToken(key)}`;
    if ((key === 'properties' || key === '$defs') && isNode(value)) {
      for (const [name, child] of Object.entries(value)) {
        const childAt = `${at}/${pointerToken(name)}`;
        if (isNode(child)) found.push({ pointer: childAt, schema: child });
        visit(child, childAt);
      }
    } else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
      for (const [i, branch] of value.entries()) visit(branch, `${at}/${i}`);
    } else if (key === 'items' || key === 'additionalProperties') visit(value, at);
  }
  return found;
}

/** A help text that only repeats the label helps no one. */
const hasTexts = (s: Node) => filled(s.title) && filled(s.description) && s.description !== s.title;

function missingTexts(schema: JsonSchema): string[] {
  return fieldSchemas(schema)
    .filter(({ schema: s }) => !isBareRef(s) && !hasTexts(s))
    .map(({ pointer, schema: s }) => `${pointer} (${filled(s.title) ? String(s.title) : 'uten tittel'})`);
}

const schemas: [string, () => JsonSchema][] = [
  ...DOCUMENT_TYPE_NAMES.map((type): [string, () => JsonSchema] => [type, () => documentJsonSchema(type)]),
  ['budget', budgetJsonSchema],
];

describe('field texts: every field is a form label with a help text', () => {
  it('finds definitions and the properties in them, in union branches and in array items', () => {
    const schema = {
      $defs: { A: { properties: { a: { title: 'A' } } } },
      properties: {
        r: { $ref: '#/$defs/A' },
        u: {
          anyOf: [
            { properties: { b: { title: 'B', description: 'b' }, e: { title: 'E', description: 'E' } } },
          ],
        },
        l: { items: { properties: { 'c/d': {} } } },
      },
    };
    expect(missingTexts(schema)).toEqual([
      '/$defs/A (uten tittel)',
      '/$defs/A/properties/a (A)',
      '/properties/u (uten tittel)',
      '/properties/u/anyOf/0/properties/e (E)',
      '/properties/l (uten tittel)',
      '/properties/l/items/properties/c~1d (uten tittel)',
    ]);
  });

  it.each(schemas)('%s: every property has a Norwegian title and description', (_, schema) => {
    const missing = missingTexts(schema());
    expect(
      missing,
      `Felt uten tittel og beskrivelse, eller der beskrivelsen gjentar tittelen:\n${missing.join('\n')}`,
    ).toEqual([]);
  });
});
