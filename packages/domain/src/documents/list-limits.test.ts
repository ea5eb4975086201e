import { describe, expect, it } from 'vitest';
import { CALLS } from '../calls/data.js';
import { loadGoldenFixtures } from '../fixtures/index.js';
import { FORMATS } from '../formats.js';
import { applicationJsonSchemaForCall, documentJsonSchema, type JsonSchema } from '../json-schema.js';
import { PRIORITY_AREA_IDS } from '../reference/criteria.js';
import { DOCUMENT_TYPE_NAMES, type DocumentType } from '../registry.js';
import { fromPointer } from '../rules/issue.js';
import { validateDocument } from '../validate.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every list of a schema with its `maxItems`, by where it is declared: `$defs/Name/…` is the same list in every type. */
function lists(schema: JsonSchema, type: string): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) for (const [i, n] of node.entries()) walk(n, `${at}/${i}`);
    else if (isNode(node)) {
      if (node.type === 'array') found.set(at, node.maxItems as number | undefined);
      for (const [key, value] of Object.entries(node))
        walk(value, key === '$defs' ? '$defs' : `${at}/${key}`);
    }
  };
  walk(schema, `${type}#`);
  return found;
}

/** The declared list a document pointer reaches (following `$ref`, `items` and each `oneOf` branch). */
function listAt(schema: JsonSchema, type: string, pointer: string): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  let nodes: [Node, string][] = [[schema, `${type}#`]];
  const expand = (all: [Node, string][]): [Node, string][] =>
    all.flatMap(([node, at]) => {
      const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1] : undefined;
      if (ref && defs[ref]) return expand([[defs[ref], `$defs/${ref}`]]);
      const key = 'oneOf' in node ? 'oneOf' : 'anyOf';
      const branches = node[key] as Node[] | undefined;
      return branches ? expand(branches.map((b, i) => [b, `${at}/${key}/${i}`])) : [[node, at]];
    });
  for (const key of fromPointer(pointer)) {
    nodes = expand(nodes).flatMap(([node, at]): [Node, string][] => {
      const property = (node.properties as Record<string, Node> | undefined)?.[key];
      if (property) return [[property, `${at}/properties/${key}`]];
      return /^\d+$/.test(key) && isNode(node.items) ? [[node.items, `${at}/items`]] : [];
    });
  }
  return expand(nodes)
    .filter(([node]) => node.type === 'array')
    .map(([, at]) => at);
}

const SCHEMAS = DOCUMENT_TYPE_NAMES.map((type) => [type, documentJsonSchema(type)] as const);
const { valid, invalid } = loadGoldenFixtures();
const typeOf = (c: { type?: DocumentType; document: unknown }) =>
  c.type ?? ((c.document as { documentType: DocumentType }).documentType as DocumentType);
const schemaOf = (type: DocumentType) => SCHEMAS.find(([t]) => t === type)?.[1] ?? {};

/**
 * No call offers all nine priority areas (2024 and 2025 offer seven), and the forms judge an application by its
 * call's own schema, so no golden application holds nine: the domain is shown accepting nine below instead.
 */
const AT_LIMIT_ONLY_UNDER_ANOTHER_CALL = new Set(['application#/properties/priorityAreas']);

describe('limits on lists', () => {
  it('every list in every published schema has maxItems, per-call application schemas too', () => {
    const all = [
      ...SCHEMAS.flatMap(([type, schema]) => [...lists(schema, type)]),
      ...CALLS.flatMap((call) => [...lists(applicationJsonSchemaForCall(call), `${call.id}/application`)]),
    ];
    expect(all.length).toBeGreaterThan(25);
    expect(all.filter(([, max]) => max === undefined).map(([at]) => at)).toEqual([]);
  });

  // Each declared list: a golden document one item past it is refused with TOO_BIG at the list, and a valid one
  // holds exactly as many items as the limit allows.
  const declared = new Map(SCHEMAS.flatMap(([type, schema]) => [...lists(schema, type)]));
  const past = new Map<string, string>();
  const at = new Set<string>();
  for (const c of invalid)
    for (const issue of c.expected.filter((i) => i.code === 'TOO_BIG'))
      for (const list of listAt(schemaOf(typeOf(c)), typeOf(c), issue.path)) past.set(list, c.name);
  for (const c of valid) {
    const type = typeOf(c);
    const walk = (value: unknown, pointer: string) => {
      if (Array.isArray(value)) {
        for (const list of listAt(schemaOf(type), type, pointer))
          if (value.length === declared.get(list)) at.add(list);
        for (const [i, v] of value.entries()) walk(v, `${pointer}/${i}`);
      } else if (isNode(value)) for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${k}`);
    };
    walk(c.document, '');
  }

  it.each([...declared.keys()])('%s: a golden case one item past the limit is refused', (list) => {
    expect(past.get(list)).toBeDefined();
  });

  it.each([...declared.keys()].filter((list) => !AT_LIMIT_ONLY_UNDER_ANOTHER_CALL.has(list)))(
    '%s: a valid golden case holds exactly the limit',
    (list) => expect(at.has(list)).toBe(true),
  );

  it('an application names all nine priority areas, the limit, under a call that offers all nine', () => {
    const base = valid.find((c) => c.name === 'application-2024-every-list-full');
    const call = CALLS.find((c) => c.id === 'utvikling-sosiale-tjenester-2024');
    if (!base || !call) throw new Error('fixture or call missing');
    const everyArea = { ...call, priorityAreas: { special: [...PRIORITY_AREA_IDS], general: [] } };
    const document = { ...(base.document as Node), priorityAreas: [...PRIORITY_AREA_IDS] };
    expect(validateDocument(document, { context: { call: everyArea } }).issues).toEqual([]);
  });
});

/** Patterns that bound a text by themselves (fixed-length digits, slugs, case numbers); `§ \d+` does not. */
const BOUNDING_PATTERNS = new Set(
  Object.values(FORMATS)
    .filter((f) => f !== FORMATS.section)
    .map((f) => f.pattern.source),
);

describe('limits on texts', () => {
  it('every text in every published schema has maxLength, or is a choice, a date or a bounded pattern', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) for (const [i, n] of node.entries()) walk(n, `${at}/${i}`);
      else if (isNode(node)) {
        const bounded =
          node.maxLength !== undefined ||
          node.enum !== undefined ||
          node.const !== undefined ||
          node.format === 'date' ||
          BOUNDING_PATTERNS.has(String(node.pattern));
        if (node.type === 'string' && !bounded) unbounded.push(at);
        for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
      }
    };
    for (const [type, schema] of SCHEMAS) walk(schema, `${type}#`);
    expect(unbounded).toEqual([]);
  });
});
