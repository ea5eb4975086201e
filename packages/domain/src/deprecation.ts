import type { z } from 'zod';
import { NEXT_RELEASE } from './next-release.js';

export interface Deprecation {
  /**
   * The first version in which the field is deprecated. Write `'next'` while that version is not released: the
   * text then names the version the pending changesets make, and `pnpm release` writes it in when it cuts it.
   */
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
  const note = `${PREFIX} ${since === 'next' ? NEXT_RELEASE : since}: ${reason}`;
  return schema.meta({
    ...meta,
    deprecated: true,
    description: meta.description ? `${meta.description}. ${note}` : note,
  }) as S;
}

/** A description split into the field's own text and its deprecation note, when it has one. */
export function deprecationNote(
  description: string,
): { text: string; since: string; reason: string } | undefined {
  const m = new RegExp(`^(?:(.*)\\. )?${PREFIX} (\\S+): (.+)$`).exec(description);
  return m?.[2] && m[3] ? { text: m[1] ?? '', since: m[2], reason: m[3] } : undefined;
}

/** Reads the version and reason back out of a generated schema node, for the changelog check. */
export function deprecationOf(node: {
  deprecated?: unknown;
  description?: unknown;
}): Deprecation | undefined {
  if (node.deprecated !== true || typeof node.description !== 'string') return undefined;
  const note = deprecationNote(node.description);
  return note && { since: note.since, reason: note.reason };
}
