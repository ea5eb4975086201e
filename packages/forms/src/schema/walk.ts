import type { RJSFSchema } from '@rjsf/utils';

export type Schema = RJSFSchema;

/** Resolves a local `#/$defs/X` reference; the schemas carry no remote ones. */
export function resolve(node: Schema, root: Schema): Schema {
  let s = node;
  while (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
    const { $ref, ...rest } = s;
    const target = $ref
      .slice(2)
      .split('/')
      .reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], root) as
      | Schema
      | undefined;
    if (!target) return rest;
    // Keywords beside the $ref (title, description) describe this use of the definition and win.
    s = { ...target, ...rest };
  }
  return s;
}

/** The option of a `oneOf`/`anyOf` whose `const` discriminator matches the data, else the first. */
export function chooseOption(options: Schema[], data: unknown, root: Schema): Schema | undefined {
  const resolved = options.map((o) => resolve(o, root));
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  const match = resolved.find((o) =>
    Object.entries((o.properties ?? {}) as Record<string, Schema>).some(
      ([key, p]) => p.const !== undefined && record?.[key] === p.const,
    ),
  );
  return match ?? resolved[0];
}

/** The child schema for one step into an object or array. */
export function childSchema(parent: Schema, key: string, data: unknown, root: Schema): Schema | undefined {
  let s = resolve(parent, root);
  const options = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (options) s = { ...chooseOption(options, data, root), title: s.title };
  if (s.type === 'array' || s.items) return s.items ? resolve(s.items as Schema, root) : undefined;
  const props = s.properties as Record<string, Schema> | undefined;
  const child = props?.[key];
  return child ? resolve(child, root) : undefined;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema at a JSON Pointer into the data, following the data to choose between variants. */
export function schemaAtPointer(root: Schema, pointer: string, data: unknown): Schema | undefined {
  let s: Schema | undefined = root;
  let d: unknown = data;
  for (const key of splitPointer(pointer)) {
    if (!s) return undefined;
    s = childSchema(s, key, d, root);
    d = d && typeof d === 'object' ? (d as Record<string, unknown>)[key] : undefined;
  }
  return s;
}
