import { toPointer } from '@sosialtilskudd/domain';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The JSON Pointers of the fields that differ between two versions of a document, for «who changed what»: a
 * field, not the whole object around it, and a line added to or removed from a list as the list itself. At most
 * `max` pointers, in document order; the count of the rest is `more`.
 */
export function changedFields(before: unknown, after: unknown, max = 50): { fields: string[]; more: number } {
  const found: string[] = [];
  let total = 0;
  const walk = (a: unknown, b: unknown, path: (string | number)[]) => {
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], [...path, key]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (const [i, item] of a.entries()) walk(item, b[i], [...path, i]);
      return;
    }
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    total++;
    if (found.length < max) found.push(toPointer(path));
  };
  walk(before, after, []);
  return { fields: found, more: total - found.length };
}
