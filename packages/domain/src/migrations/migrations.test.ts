import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueKeys, loadGoldenFixtures, loadMigrationFixtures } from '../fixtures/index.js';
import { legacyJsonSchema } from '../json-schema.js';
import { DOCUMENT_TYPE_NAMES, earlierVersions } from '../registry.js';
import { validateDocument } from '../validate.js';
import { MIGRATIONS, migrateDocument } from './index.js';

const FORM_TEXTS = new Set(['title', 'description']);

/**
 * Form labels and help texts may be improved in a frozen version (the compatibility gate counts them as
 * annotations); every keyword a validator reads stays as released. Properties named `title` are kept.
 */
function withoutFormTexts(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutFormTexts(n));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => isPropertyMap || !FORM_TEXTS.has(key))
      .map(([key, value]) => [key, withoutFormTexts(value, !isPropertyMap && key === 'properties')]),
  );
}

describe('migrations', () => {
  it('every legacy major has a migration step to the next', () => {
    for (const type of DOCUMENT_TYPE_NAMES)
      for (const version of earlierVersions(type))
        expect(
          MIGRATIONS.some((m) => m.documentType === type && m.from === version && m.to === version + 1),
        ).toBe(true);
  });

  it.each(loadMigrationFixtures(1).map((f) => [f.name, f] as const))('version 1 fixture %s', (_name, f) => {
    const result = migrateDocument(f.document, 2);
    if (f.expected.length === 0) {
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(validateDocument(result.document).issues).toEqual([]);
      expect(result.document).toMatchObject({ schemaVersion: 2 });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(issueKeys(result.issues)).toEqual(issueKeys(f.expected));
    }
  });

  it('reads chapter, post and scheme name out of the old reference text', () => {
    const claim = loadMigrationFixtures(1).find((f) => f.name === 'repayment-claim-2025');
    const result = migrateDocument(claim?.document, 2);
    expect(result.ok && result.document).toMatchObject({
      payTo: { reference: { chapter: '0621', post: '63' } },
    });
    expect(result.ok && result.document).toMatchObject({
      payTo: { reference: { scheme: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret' } },
    });
  });

  it('leaves every current golden document as it is', () => {
    for (const c of loadGoldenFixtures().valid) {
      const result = migrateDocument(c.document);
      // Context-dependent rules are not the migration's business: only the structure must come through.
      if (result.ok) expect(result.document).toEqual(c.document);
      else expect(result.issues.every((i) => !i.code.startsWith('MIGRATION'))).toBe(true);
    }
  });

  // Nothing to migrate for the list limits of 2.0.0: a list over its limit cannot be shortened without choosing
  // what to drop, so it is refused at the list, as validation refuses it.
  it('refuses a document with a list over its limit, at the list', () => {
    const over = loadGoldenFixtures().invalid.find((c) => c.name === 'application-too-many-positions');
    const result = migrateDocument(over?.document);
    expect(result.ok === false && issueKeys(result.issues)).toEqual(['TOO_BIG /budget/positions']);
  });

  it.each([
    [{ documentType: 'repayment-claim', schemaVersion: 7 }, 'MIGRATION_UNKNOWN_VERSION'],
    [{ documentType: 'repayment-claim', schemaVersion: '1' }, 'MIGRATION_UNKNOWN_VERSION'],
    [{ documentType: 'letter', schemaVersion: 1 }, 'UNKNOWN_DOCUMENT_TYPE'],
    [null, 'UNKNOWN_DOCUMENT_TYPE'],
  ])('refuses %j with %s', (input, code) => {
    const result = migrateDocument(input, 2);
    expect(result.ok === false && result.issues[0]?.code).toBe(code);
  });

  // A release keeps each earlier major's schema in the baseline's v1/ once version 2 is released (repayment-claim
  // in 1.0.0, the four signed documents in 2.0.0, which released version 1 as its list and text limits left it).
  it.each(['repayment-claim', 'application', 'status-report', 'final-report', 'acceptance'] as const)(
    'version 1 of %s is frozen: its JSON Schema is the one released',
    (type) => {
      const released = JSON.parse(
        readFileSync(
          new URL(`../../../../tooling/release/baseline/v1/${type}.schema.json`, import.meta.url),
          'utf8',
        ),
      );
      const { $comment: _b, ...now } = legacyJsonSchema(type, 1);
      const { $comment: _d, ...then } = released;
      expect(withoutFormTexts(now)).toEqual(withoutFormTexts(then));
    },
  );
});
