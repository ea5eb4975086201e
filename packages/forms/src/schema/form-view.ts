import type { RJSFSchema } from '@rjsf/utils';

/**
 * The form's view of a contract schema; the contract itself is unchanged.
 * - A list of choices is shown as checkboxes, which cannot pick the same choice twice, so the form says so
 *   (`uniqueItems`): RJSF draws checkboxes only for such lists.
 * - A `oneOf` whose branches are told apart by one constant property (the domain's discriminated unions) names
 *   it as the OpenAPI-style `discriminator`, so RJSF picks the branch by that value instead of compiling each
 *   branch with Ajv in the browser, which a strict Content-Security-Policy forbids.
 * - A number the call allows only one value for (competence funds in 2025: at most 0) takes that value by
 *   default: the form does not ask for it (see `isFixed`).
 */
export function formView(schema: RJSFSchema): RJSFSchema {
  return transform(schema) as RJSFSchema;
}

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, transform(v)])) as Record<
    string,
    unknown
  >;
  const items = out.items as { enum?: unknown } | undefined;
  if (out.type === 'array' && Array.isArray(items?.enum)) out.uniqueItems = true;
  const tag = Array.isArray(out.oneOf) ? discriminatorOf(out.oneOf) : undefined;
  if (tag) out.discriminator = { propertyName: tag };
  if (isFixed(out)) out.default = out.minimum;
  return out;
}

/** A number whose minimum and maximum are the same: there is nothing to ask. */
export const isFixed = (s: { type?: unknown; minimum?: unknown; maximum?: unknown }) =>
  (s.type === 'integer' || s.type === 'number') && typeof s.minimum === 'number' && s.minimum === s.maximum;

type Branch = { properties?: Record<string, { const?: unknown }> };

/** The property every branch fixes to a constant of its own, if there is one. */
function discriminatorOf(branches: readonly unknown[]): string | undefined {
  if (branches.length < 2) return undefined;
  const [first] = branches as Branch[];
  return Object.keys(first?.properties ?? {}).find((key) => {
    const values = (branches as Branch[]).map((b) => b.properties?.[key]?.const);
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
}
