import type { z } from 'zod';

export interface Deprecation {
  /** The first version in which the field is deprecated. */
  since: string;
  /** Why, and what to use instead, in Norwegian: it is shown to integrators and form builders. */
  reason: string;
}

const PREFIX = 'Utgått fra versjon';

/**
 * Marks a field deprecated: JSON Schema and OpenAPI get `deprecated: true`, and the description says since
 * which version and why. The field keeps working until the next major removes it.
 */
export function deprecated<S extends z.ZodType>(schema: S, { since, reason }: Deprecation): S {
  const meta = schema.meta() ?? {};
  const note = `${PREFIX} ${since}: ${reason}`;
  return schema.meta({
    ...meta,
    deprecated: true,
    description: meta.description ? `${meta.description}. ${note}` : note,
  }) as S;
}

/** Reads the version and reason back out of a generated schema node, for the changelog check. */
export function deprecationOf(node: {
  deprecated?: unknown;
  description?: unknown;
}): Deprecation | undefined {
  if (node.deprecated !== true || typeof node.description !== 'string') return undefined;
  const m = new RegExp(`${PREFIX} (\\S+): (.+)$`).exec(node.description);
  return m?.[1] && m[2] ? { since: m[1], reason: m[2] } : undefined;
}
