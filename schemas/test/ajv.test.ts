import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPE_NAMES, detectDocumentType, validateDocument } from '@sosialtilskudd/domain';
import { loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const read = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8'));

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(a);
  return a;
}

const validators = Object.fromEntries(
  DOCUMENT_TYPE_NAMES.map((t) => [t, ajv().compile(read(`${t}.schema.json`))]),
);
const { valid, invalid } = loadGoldenFixtures();

/** Codes a plain JSON Schema validator can also find: the schema's own structure. */
const STRUCTURAL = new Set([
  'REQUIRED',
  'INVALID_TYPE',
  'TOO_SMALL',
  'TOO_BIG',
  'INVALID_FORMAT',
  'INVALID_VALUE',
  'UNKNOWN_FIELD',
  'INVALID_VARIANT',
]);

describe('the generated JSON Schemas, judged by Ajv (2020-12, strict)', () => {
  it('compile in strict mode: no unknown keywords for form builders to trip on', () => {
    expect(Object.keys(validators)).toHaveLength(DOCUMENT_TYPE_NAMES.length);
  });

  it.each(valid.map((c) => [c.name, c] as const))('accept the valid fixture %s', (_n, c) => {
    const type = c.type ?? detectDocumentType(c.document);
    const validate = type && validators[type];
    expect(validate?.(c.document), JSON.stringify(validate?.errors)).toBe(true);
  });

  const structural = invalid.filter((c) => c.expected.every((e) => STRUCTURAL.has(e.code)));
  it.each(structural.map((c) => [c.name, c] as const))(
    'reject the structurally invalid fixture %s',
    (_n, c) => {
      const validate = validators[detectDocumentType(c.document) ?? 'application'];
      expect(validate?.(c.document)).toBe(false);
    },
  );

  it('per-call schemas carry the call caps: 2025 allows no competence funds, 2024 at most 20 000', () => {
    const app = (year: number) =>
      loadGoldenFixtures().valid.find((c) => c.name === `application-${year}`)?.document as {
        budget: { competenceFunds: number };
      };
    const v2025 = ajv().compile(read('calls/utvikling-sosiale-tjenester-2025/application.schema.json'));
    const v2024 = ajv().compile(read('calls/utvikling-sosiale-tjenester-2024/application.schema.json'));
    const a2025 = app(2025);
    expect(v2025(a2025)).toBe(true);
    expect(v2025({ ...a2025, budget: { ...a2025.budget, competenceFunds: 1 } })).toBe(false);
    const a2024 = app(2024);
    expect(v2024(a2024)).toBe(true);
    expect(v2024({ ...a2024, budget: { ...a2024.budget, competenceFunds: 20_001 } })).toBe(false);
    // The domain agrees, with a named code.
    expect(
      validateDocument({ ...a2024, budget: { ...a2024.budget, competenceFunds: 20_001 } }).issues[0]?.code,
    ).toBe('BUDGET_COMPETENCE_FUNDS_OVER_CAP');
  });
});
