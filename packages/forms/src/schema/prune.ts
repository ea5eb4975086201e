import { childSchema, resolve, type Schema } from './walk.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function requiredOf(schema: Schema | undefined, data: unknown, root: Schema): string[] {
  if (!schema) return [];
  const s = resolve(schema, root);
  const options = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (!options) return (s.required as string[] | undefined) ?? [];
  const record = isPlainObject(data) ? data : {};
  const match = options
    .map((o) => resolve(o, root))
    .find((o) =>
      Object.entries((o.properties ?? {}) as Record<string, Schema>).some(
        ([k, p]) => p.const !== undefined && record[k] === p.const,
      ),
    );
  return (match?.required as string[] | undefined) ?? [];
}

function prune(value: unknown, schema: Schema | undefined, root: Schema): unknown {
  if (Array.isArray(value)) {
    const items = schema && childSchema(schema, '0', value, root);
    return value.map((v) => (v === undefined ? null : prune(v, items, root)));
  }
  if (!isPlainObject(value)) return value;
  const required = requiredOf(schema, value, root);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const child = schema && childSchema(schema, key, value, root);
    const pruned = prune(v, child, root);
    // RJSF creates `{}` for an optional object as soon as it renders it; no answer is not an empty answer.
    if (isPlainObject(pruned) && Object.keys(pruned).length === 0 && !required.includes(key)) continue;
    out[key] = pruned;
  }
  return out;
}

/**
 * The document a form's data stands for: what the portal sends and what the rules judge. Drops the `undefined`
 * values and empty optional objects RJSF keeps while a person types.
 */
export function toDocument(schema: Schema, formData: unknown): unknown {
  return prune(formData, schema, schema);
}
