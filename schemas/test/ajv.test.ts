import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applicationJsonSchemaForCall,
  CALLS,
  type Call,
  DOCUMENT_TYPE_NAMES,
  detectDocumentType,
  validateDocument,
} from '@sosialtilskudd/domain';
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

  describe('per-call schemas offer only what the call offers', () => {
    type Props = Record<string, { items?: { enum?: string[] }; enum?: string[]; maxItems?: number }>;
    const perCall = (id: string) => read(`calls/${id}/application.schema.json`);

    it.each(CALLS.map((c) => [c.id, c] as const))(
      '%s: its priority areas, trials and cost categories',
      (id, call) => {
        const schema = perCall(id);
        const props = schema.properties as Props;
        expect(props.priorityAreas?.items?.enum).toEqual([
          ...call.priorityAreas.special,
          ...call.priorityAreas.general,
        ]);
        const trials = call.nationalTrials.map((t) => t.id);
        if (trials.length) expect(props.nationalTrialId?.enum).toEqual(trials);
        else expect(props.nationalTrialId).toBeUndefined();
        const categories: string[] = schema.$defs.CostLine.properties.category.enum;
        for (const excluded of call.exclusions) expect(categories).not.toContain(excluded);
      },
    );

    it('2025 offers its seven priority areas, not the nine of every year, and refuses another', () => {
      const v2025 = ajv().compile(perCall('utvikling-sosiale-tjenester-2025'));
      const a2025 = valid.find((c) => c.name === 'application-2025')?.document as Record<string, unknown>;
      expect(
        (perCall('utvikling-sosiale-tjenester-2025').properties as Props).priorityAreas?.items?.enum,
      ).toHaveLength(7);
      expect(v2025(a2025)).toBe(true);
      expect(v2025({ ...a2025, priorityAreas: ['sarbare-overganger', 'videreforing-stillinger'] })).toBe(
        false,
      );
      expect(v2025({ ...a2025, nationalTrialId: 'ssa' })).toBe(false);
    });

    it('a call without priority areas (§ 6 «eventuelle») takes an application that names none, and no other', () => {
      const call = valid.find((c) => c.name === 'call-2025-without-priorities')?.document as Call;
      const validate = ajv().compile(applicationJsonSchemaForCall(call));
      const a2025 = valid.find((c) => c.name === 'application-2025')?.document as Record<string, unknown>;
      expect(validate({ ...a2025, priorityAreas: [] })).toBe(true);
      expect(validate({ ...a2025, priorityAreas: ['ungdom'] })).toBe(false);
    });

    it('kommunalt rusarbeid, which excludes nothing, still offers every cost category', () => {
      const categories: string[] =
        perCall('kommunalt-rusarbeid-2024').$defs.CostLine.properties.category.enum;
      expect(categories).toContain('direkte-utbetaling-til-bruker');
    });
  });
});
