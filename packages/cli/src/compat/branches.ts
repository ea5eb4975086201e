import { canonical, isObject, own, type SchemaObject, show } from './json.js';
import { allowedValues, appliesTo, isAnnotation, valueHasType } from './keywords.js';
import { merge, type Resolved, resolve } from './resolve.js';

/** One alternative of a schema: a union member or one entry of a `type` array. */
export interface Branch {
  schema: SchemaObject;
  /** A JSON Schema type, 'any' for untyped schemas, or 'values' for an untyped enum/const. */
  type: string;
  /** 'union' when it came from anyOf/oneOf, so losing it reads as a removed union branch. */
  origin: 'node' | 'type' | 'union';
  identity: object | undefined;
  ref?: string;
}

export function toBranches(
  resolved: Resolved,
  root: SchemaObject,
  origin: Branch['origin'] = 'node',
): Branch[] {
  const { node } = resolved;
  if (node === false) return [];
  const unionKey = ['anyOf', 'oneOf'].find((key) => Array.isArray(own(node, key)));
  if (unionKey === undefined) return splitTypes(node, resolved, origin);
  const { [unionKey]: members, ...context } = node;
  const branches = (members as unknown[]).flatMap((member) => {
    const inner = resolve(member, root);
    if (inner.node === false) return [];
    // Listing the member first lets its own annotations win over the wrapper's.
    const combined = merge([inner.node, context]) ?? { ...inner.node, allOf: [context] };
    return toBranches({ ...inner, node: combined }, root, 'union');
  });
  return mergeValueBranches(branches);
}

function splitTypes(schema: SchemaObject, { identity, ref }: Resolved, origin: Branch['origin']): Branch[] {
  const type = own(schema, 'type');
  if (!Array.isArray(type) || type.length === 1) {
    const single = Array.isArray(type) ? type[0] : type;
    const kind = typeof single === 'string' ? single : allowedValues(schema) ? 'values' : 'any';
    return [{ schema, type: kind, origin, identity, ref }];
  }
  return type.flatMap((entry) => {
    const narrowed = typeof entry === 'string' ? narrowTo(schema, entry) : undefined;
    return narrowed
      ? [{ schema: narrowed, type: entry as string, origin: 'type' as const, identity, ref }]
      : [];
  });
}

/** The part of a multi-type schema that applies to one type; undefined if it then allows nothing. */
function narrowTo(schema: SchemaObject, type: string): SchemaObject | undefined {
  const entries = Object.entries(schema).filter(([keyword]) => appliesTo(keyword, type));
  const narrowed: SchemaObject = { ...Object.fromEntries(entries), type };
  const values = allowedValues(schema)?.filter((value) => valueHasType(value, type));
  if (values === undefined) return narrowed;
  if (values.length === 0) return undefined;
  const { const: _const, enum: _enum, ...rest } = narrowed;
  return { ...rest, enum: values };
}

/** Unions of literals (`z.union([z.literal('a'), ...])`) compare as one enum, like `z.enum`. */
function mergeValueBranches(branches: Branch[]): Branch[] {
  const result: Branch[] = [];
  const byType = new Map<string, number>();
  for (const branch of branches) {
    const values = valuesOnly(branch.schema);
    const index = byType.get(branch.type);
    const existing = index === undefined ? undefined : result[index];
    if (values === undefined || index === undefined || existing === undefined) {
      if (values !== undefined) byType.set(branch.type, result.length);
      result.push(branch);
      continue;
    }
    const { const: _const, enum: _enum, ...rest } = existing.schema;
    const merged = [...(allowedValues(existing.schema) ?? []), ...values];
    result[index] = { ...existing, ref: undefined, schema: { ...rest, enum: merged } };
  }
  return result;
}

function valuesOnly(schema: SchemaObject): unknown[] | undefined {
  const plain = Object.keys(schema).every((key) => key === 'type' || key === 'const' || key === 'enum');
  return plain && typeof schema.type !== 'object' ? allowedValues(schema) : undefined;
}

export interface Matching {
  pairs: [Branch, Branch][];
  removed: Branch[];
  added: Branch[];
}

const NUMERIC = new Set(['number', 'integer']);

/** Pairs old and new branches, most specific evidence first; leftovers were removed or added. */
export function matchBranches(olds: Branch[], news: Branch[]): Matching {
  const pairs: [Branch, Branch][] = [];
  let removed = [...olds];
  const added = [...news];
  const pair = (accept: (o: Branch, n: Branch) => boolean) => {
    removed = removed.filter((o) => {
      const index = added.findIndex((n) => accept(o, n));
      const [n] = index < 0 ? [] : added.splice(index, 1);
      if (n) pairs.push([o, n]);
      return !n;
    });
  };
  const keyed = (key: (b: Branch) => string | undefined, sameType = true) =>
    pair((o, n) => (!sameType || o.type === n.type) && key(o) !== undefined && key(o) === key(n));
  keyed((b) => canonical(b.schema));
  keyed((b) => b.ref, false);
  keyed(discriminator);
  keyed(title);
  // Different tags mean different members, never the same member changed.
  pair((o, n) => o.type === n.type && !(discriminator(o) && discriminator(n)));
  pair((o, n) => NUMERIC.has(o.type) && NUMERIC.has(n.type));
  // One type swapped for another reads better as a single change than as a removal plus an addition.
  if (removed.length === 1 && added.length === 1) pair((o, n) => o.type !== n.type);
  const anything = news.find((n) => n.type === 'any');
  if (anything) for (const o of removed.splice(0)) pairs.push([o, anything]);
  return { pairs, removed, added };
}

/** Constant-valued properties of a union member, e.g. its tag in a discriminated union. */
function discriminator(branch: Branch): string | undefined {
  const properties = own(branch.schema, 'properties');
  if (branch.origin !== 'union' || !isObject(properties)) return undefined;
  const tags = Object.entries(properties).flatMap(([name, schema]) =>
    isObject(schema) && Object.hasOwn(schema, 'const') ? [`${name}=${show(schema.const)}`] : [],
  );
  return tags.length > 0 ? tags.sort().join(', ') : undefined;
}

function title(branch: Branch): string | undefined {
  const value = own(branch.schema, 'title');
  return typeof value === 'string' ? value : undefined;
}

export function describeBranch(branch: Branch): string {
  const values = allowedValues(branch.schema);
  const detail =
    branch.ref?.split('/').pop() ??
    title(branch) ??
    discriminator(branch) ??
    values?.map((value) => show(value)).join(' | ');
  return detail ? `${branch.type} (${detail})` : branch.type;
}

/** Losing or gaining a whole type (including null) reads as a type change, otherwise a union change. */
export function isTypeLevel(branch: Branch): boolean {
  return (
    branch.origin !== 'union' || branch.type === 'null' || Object.keys(branch.schema).every(isBareKeyword)
  );
}

function isBareKeyword(keyword: string): boolean {
  return keyword === 'type' || isAnnotation(keyword);
}
