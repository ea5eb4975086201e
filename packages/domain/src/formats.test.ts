import { describe, expect, it } from 'vitest';
import { exampleRepaymentClaim } from './examples.js';
import { FORMATS } from './formats.js';
import { documentJsonSchema } from './json-schema.js';
import { NON_BLANK } from './primitives.js';
import { DOCUMENT_TYPE_NAMES } from './registry.js';
import { validateDocument } from './validate.js';

function patterns(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) patterns(item, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      // Zod's own formats (date, email) carry their pattern next to `format`, and their own words.
      if (key === 'pattern' && typeof value === 'string' && !('format' in node)) found.add(value);
      else patterns(value, found);
    }
  return found;
}

describe('text formats', () => {
  it('give words to every pattern a published schema uses, so no message says only "mønster"', () => {
    const known = new Set([NON_BLANK.source, ...Object.values(FORMATS).map((f) => f.pattern.source)]);
    const used = new Set(DOCUMENT_TYPE_NAMES.flatMap((type) => [...patterns(documentJsonSchema(type))]));
    expect([...used].filter((p) => !known.has(p))).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });

  it('name the expected format in both languages', () => {
    const claim = exampleRepaymentClaim();
    const payTo = { ...claim.payTo, reference: { ...claim.payTo.reference, chapter: '621' } };
    expect(validateDocument({ ...claim, payTo }).issues).toMatchObject([
      {
        code: 'INVALID_FORMAT',
        path: '/payTo/reference/chapter',
        message: 'Kapittel: Ugyldig format (fire sifre)',
        messageNn: 'Kapittel: Ugyldig format (fire siffer)',
      },
    ]);
  });
});
