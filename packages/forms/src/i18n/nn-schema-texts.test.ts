// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FORM_DOCUMENT_TYPES, formSchema } from '../documents.js';
import { NN_SCHEMA_TEXTS } from './nn-schema-texts.js';

/** Every title and help text a form shows, from the committed schemas (the root's rule list is not shown). */
function texts(node: unknown, root = true): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => texts(n, false));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = root
    ? []
    : [record.title, record.description].filter((t): t is string => typeof t === 'string');
  return [...own, ...Object.values(record).flatMap((v) => texts(v, false))];
}

describe('nynorsk', () => {
  it('has a translation for every label and help text in the five forms', () => {
    const all = new Set(FORM_DOCUMENT_TYPES.flatMap((t) => texts(formSchema(t))));
    const missing = [...all].filter((t) => !(t in NN_SCHEMA_TEXTS));
    expect(missing, 'add these to src/i18n/nn-schema-texts.ts').toEqual([]);
  });
});
