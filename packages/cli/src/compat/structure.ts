import { breaking, compatible } from './findings.js';
import { canonical, childPointer, isObject, own, type SchemaObject } from './json.js';
import { isAnnotation } from './keywords.js';
import type { Finding } from './types.js';

/** What the structural comparisons need from the walk that drives them. */
export interface Walker {
  emit(pointer: string, finding: Finding): void;
  /** Compares two raw subschemas for the instance location `pointer`. */
  node(oldSchema: unknown, newSchema: unknown, pointer: string): void;
  /** Runs `fn` with `prefix` added to every message it emits. */
  withPrefix(prefix: string, fn: () => void): void;
}

export function diffObject(walk: Walker, o: SchemaObject, n: SchemaObject, pointer: string): void {
  diffProperties(walk, o, n, pointer);
  diffAdditionalProperties(walk, own(o, 'additionalProperties'), own(n, 'additionalProperties'), pointer);
  if (own(o, 'propertyNames') !== undefined || own(n, 'propertyNames') !== undefined) {
    walk.withPrefix('Property names: ', () =>
      walk.node(own(o, 'propertyNames'), own(n, 'propertyNames'), pointer),
    );
  }
}

function diffProperties(walk: Walker, o: SchemaObject, n: SchemaObject, pointer: string): void {
  const [before, after] = [properties(o), properties(n)];
  const [wasRequired, isRequired] = [required(o), required(n)];
  const removed = [...before.keys()].filter((name) => !after.has(name));
  const added = [...after.keys()].filter((name) => !before.has(name));
  const renames = detectRenames(removed, added, before, after);
  const at = (name: string) => childPointer(pointer, name);

  for (const name of removed) {
    const to = renames.get(name);
    walk.emit(
      at(name),
      to === undefined
        ? breaking('property-removed', `Property '${name}' removed`, name)
        : breaking('property-renamed', `Property '${name}' renamed to '${to}'`, name, to),
    );
  }
  const renamedTo = new Set(renames.values());
  for (const name of added.filter((name) => !renamedTo.has(name))) {
    walk.emit(
      at(name),
      isRequired.has(name)
        ? breaking('property-added', `Required property '${name}' added`, undefined, name)
        : compatible('property-added', `Optional property '${name}' added`, undefined, name),
    );
  }
  // Also covers `required` names without a `properties` entry, e.g. keys of `z.record(z.enum(...))`.
  const kept = (name: string) => !removed.includes(name) && !added.includes(name);
  for (const name of [...isRequired].filter((name) => !wasRequired.has(name) && kept(name))) {
    walk.emit(at(name), breaking('required-added', `Property '${name}' is now required`));
  }
  for (const name of [...wasRequired].filter((name) => !isRequired.has(name) && kept(name))) {
    walk.emit(at(name), compatible('required-removed', `Property '${name}' is no longer required`));
  }
  for (const [name, schema] of before) if (after.has(name)) walk.node(schema, after.get(name), at(name));
}

function properties(schema: SchemaObject): Map<string, unknown> {
  const value = own(schema, 'properties');
  return new Map(isObject(value) ? Object.entries(value) : []);
}

function required(schema: SchemaObject): Set<string> {
  const value = own(schema, 'required');
  return new Set(Array.isArray(value) ? value.filter((name) => typeof name === 'string') : []);
}

/** A removed and an added property with the same schema (ignoring annotations) is taken as a rename. */
function detectRenames(
  removed: string[],
  added: string[],
  before: Map<string, unknown>,
  after: Map<string, unknown>,
): Map<string, string> {
  const renames = new Map<string, string>();
  const candidates = added.map((name) => ({ name, shape: shape(after.get(name)) }));
  for (const name of removed) {
    const index = candidates.findIndex((c) => c.shape === shape(before.get(name)));
    const [match] = index < 0 ? [] : candidates.splice(index, 1);
    if (match) renames.set(name, match.name);
  }
  return renames;
}

function shape(schema: unknown): string {
  return canonical(stripAnnotations(schema));
}

function stripAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!isObject(value)) return value;
  const kept = Object.entries(value).filter(([key]) => !isAnnotation(key));
  return Object.fromEntries(
    kept.map(([key, v]) => [key, key === 'properties' ? stripNames(v) : stripAnnotations(v)]),
  );
}

/** Property names such as `title` or `default` are names here, not annotations. */
function stripNames(value: unknown): unknown {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, stripAnnotations(v)]));
}

function diffAdditionalProperties(walk: Walker, before: unknown, after: unknown, pointer: string): void {
  if (before === undefined && after === undefined) return;
  if ((before === false) === (after === false)) {
    if (before !== false) walk.node(before, after, `${pointer}/*`);
    return;
  }
  walk.emit(
    pointer,
    after === false
      ? breaking('additional-properties-closed', 'Additional properties are no longer allowed', before, after)
      : compatible('additional-properties-opened', 'Additional properties are now allowed', before, after),
  );
}

export function diffArray(walk: Walker, o: SchemaObject, n: SchemaObject, pointer: string): void {
  const [oldTuple, newTuple] = [tuple(o), tuple(n)];
  const [oldRest, newRest] = [rest(o), rest(n)];
  // A position beyond a tuple's prefix is governed by that version's `items`.
  for (let i = 0; i < Math.max(oldTuple.length, newTuple.length); i++) {
    walk.node(
      i < oldTuple.length ? oldTuple[i] : oldRest,
      i < newTuple.length ? newTuple[i] : newRest,
      `${pointer}/${i}`,
    );
  }
  if (oldRest !== undefined || newRest !== undefined) walk.node(oldRest, newRest, `${pointer}/*`);
}

/** Draft 2020-12 `prefixItems`, or the draft-7 array form of `items`. */
function tuple(schema: SchemaObject): unknown[] {
  const prefix = own(schema, 'prefixItems') ?? own(schema, 'items');
  return Array.isArray(prefix) ? prefix : [];
}

function rest(schema: SchemaObject): unknown {
  const items = own(schema, 'items');
  return Array.isArray(items) ? own(schema, 'additionalItems') : items;
}
