import type { RJSFSchema } from '@rjsf/utils';

/**
 * The form's view of a contract schema. A list of choices is shown as checkboxes, which cannot pick the same
 * choice twice, so the form says so (`uniqueItems`): RJSF draws checkboxes only for such lists. The form may
 * be stricter than the contract; the contract itself is unchanged.
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
  return out;
}
