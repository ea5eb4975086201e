import { z } from 'zod';

type AnySchema = z.core.$ZodType;

function title(schema: AnySchema): string | undefined {
  return z.globalRegistry.get(schema)?.title;
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      if (title(s)) return s;
      s = (def as unknown as { innerType: AnySchema }).innerType;
    } else return s;
  }
}

/** Own keys only: a member named `constructor` or `__proto__` must not find Object.prototype's. */
const member = (shape: Record<string, AnySchema>, key: PropertyKey) =>
  Object.hasOwn(shape, key) ? shape[String(key)] : undefined;

/** The schema of the member `key` of `value`, or undefined where the schema does not say. */
export function childSchema(schema: AnySchema, key: PropertyKey, value: unknown): AnySchema | undefined {
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === 'object')
    return member((def as unknown as { shape: Record<string, AnySchema> }).shape, key);
  if (def.type === 'array') return (def as unknown as { element: AnySchema }).element;
  if (def.type === 'record') return (def as unknown as { valueType: AnySchema }).valueType;
  if (def.type === 'union') {
    // Pick the option of a discriminated union that matches the document at this point.
    const options = (def as unknown as { options: AnySchema[] }).options;
    const match = options.find((o) => childOf(o, key, value) !== undefined);
    return match ? childOf(match, key, value) : undefined;
  }
  return undefined;
}

function childOf(option: AnySchema, key: PropertyKey, value: unknown): AnySchema | undefined {
  const def = unwrap(option)._zod.def;
  if (def.type !== 'object') return undefined;
  const shape = (def as unknown as { shape: Record<string, AnySchema> }).shape;
  const discriminator = Object.entries(shape).find(([, s]) => s._zod.def.type === 'literal');
  if (discriminator && value && typeof value === 'object') {
    const literal = (discriminator[1]._zod.def as unknown as { values: unknown[] }).values;
    if (!literal.includes((value as Record<string, unknown>)[discriminator[0]])) return undefined;
  }
  return member(shape, key);
}

/**
 * The Norwegian title of the field at `path`, from the schema's `.meta()`: the same label the form shows,
 * so an error names the field the way the person saw it.
 */
export function fieldTitle(
  schema: AnySchema,
  path: readonly PropertyKey[],
  doc: unknown,
): string | undefined {
  let s: AnySchema | undefined = schema;
  let v: unknown = doc;
  let last: string | undefined;
  for (const key of path) {
    if (!s) return last;
    s = childSchema(s, key, v);
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    if (s && typeof key === 'string') last = title(s) ?? title(unwrap(s)) ?? last;
  }
  return last;
}
