import { deepEqual, isObject, own, type SchemaNode, type SchemaObject, setOwn } from './json.js';
import { isAnnotation } from './keywords.js';

export interface Resolved {
  node: SchemaNode;
  /** Stable object for cycle detection: the `$ref` target when reached through one. */
  identity: object | undefined;
  /** The `$ref` the node was reached through; pairs union branches across versions. */
  ref?: string;
}

/** Follows local `$ref`s and folds `allOf` into one schema where that is lossless. */
export function resolve(raw: unknown, root: SchemaObject, seen: ReadonlySet<unknown> = new Set()): Resolved {
  if (raw === false) return { node: false, identity: undefined };
  if (!isObject(raw)) return { node: {}, identity: undefined };
  const ref = own(raw, '$ref');
  if (typeof ref === 'string') {
    const target = lookup(root, ref);
    // Unresolvable or `$ref`-only loops stay as-is and are compared literally.
    if (target === undefined || seen.has(target)) return { node: raw, identity: raw };
    const { $ref: _ref, ...siblings } = raw;
    const inner = resolve(target, root, new Set([...seen, target])).node;
    const node =
      Object.keys(siblings).length === 0
        ? inner
        : (merge([siblings, inner]) ?? { ...siblings, allOf: [target] });
    return { node, identity: isObject(target) ? target : raw, ref };
  }
  const allOf = own(raw, 'allOf');
  if (Array.isArray(allOf)) {
    const { allOf: _allOf, ...rest } = raw;
    const merged = merge([rest, ...allOf.map((member) => resolve(member, root, seen).node)]);
    if (merged !== undefined) return { node: merged, identity: raw };
  }
  return { node: raw, identity: raw };
}

function lookup(root: SchemaObject, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let current: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return undefined;
    }
    if (isObject(current)) current = own(current, segment);
    else if (Array.isArray(current)) current = current[Number(segment)];
    else return undefined;
  }
  return current;
}

/** Intersection of schemas; undefined when two parts constrain the same keyword differently. */
export function merge(parts: SchemaNode[]): SchemaNode | undefined {
  const result: SchemaObject = {};
  for (const part of parts) {
    if (part === false) return false;
    for (const [key, value] of Object.entries(part)) {
      const merged = Object.hasOwn(result, key) ? mergeKeyword(key, result[key], value) : value;
      if (merged === undefined) return undefined;
      setOwn(result, key, merged);
    }
  }
  return result;
}

function mergeKeyword(key: string, a: unknown, b: unknown): unknown {
  // The first part wins for annotations, so `$ref` siblings override the target's description.
  if (isAnnotation(key) || deepEqual(a, b)) return a;
  if (key === 'required' && Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])];
  if (key === 'properties' && isObject(a) && isObject(b)) {
    const properties: SchemaObject = { ...a };
    for (const [name, schema] of Object.entries(b)) {
      const existing = own(properties, name);
      setOwn(
        properties,
        name,
        existing === undefined || deepEqual(existing, schema) ? schema : both(existing, schema),
      );
    }
    return properties;
  }
  return undefined;
}

const conjunctions = new WeakMap<object, WeakMap<object, SchemaObject>>();

/** Memoized, so a recursive schema meets the same object again and the walk's cycle guard sees it. */
function both(a: unknown, b: unknown): SchemaObject {
  if (!isObject(a) || !isObject(b)) return { allOf: [a, b] };
  const inner = conjunctions.get(a) ?? new WeakMap<object, SchemaObject>();
  conjunctions.set(a, inner);
  const cached = inner.get(b) ?? { allOf: [a, b] };
  inner.set(b, cached);
  return cached;
}
