import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffSchemaSets, loadSchemaSet } from '@sosialtilskudd/cli';
import { afterAll, describe, expect, it } from 'vitest';
import { currentValidDocuments, snapshotBaseline } from './baseline.ts';
import { currentRules } from './rule-changes.ts';
import { ROOT } from './workspace.ts';

const temp = mkdtempSync(join(tmpdir(), 'release-baseline-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the release baseline', () => {
  it('is every schema the json-schemas package publishes, per-call and earlier majors included, the rules, the valid documents and the OpenAPI document', async () => {
    const baseline = join(temp, 'snapshot');
    await snapshotBaseline(join(ROOT, 'schemas'), baseline);
    expect(Object.keys(await loadSchemaSet(baseline))).toEqual(
      Object.keys(await loadSchemaSet(join(ROOT, 'schemas'))),
    );
    expect(Object.keys(await loadSchemaSet(baseline))).toEqual(
      expect.arrayContaining([
        'application',
        'calls/utvikling-sosiale-tjenester-2024/application',
        'v1/repayment-claim',
      ]),
    );
    expect(JSON.parse(readFileSync(join(baseline, 'rules.json'), 'utf8'))).toEqual(currentRules());
    expect(JSON.parse(readFileSync(join(baseline, 'valid-documents.json'), 'utf8'))).toEqual(
      currentValidDocuments(),
    );
    expect(Object.keys(JSON.parse(readFileSync(join(baseline, 'versions.json'), 'utf8')))).toEqual([
      '@sosialtilskudd/domain',
      '@sosialtilskudd/json-schemas',
      '@sosialtilskudd/api-client',
    ]);
    expect(readFileSync(join(baseline, 'openapi.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'schemas/openapi.json'), 'utf8'),
    );
  });

  it('catches a cap lowered in a released call, which the document type’s own schema does not show', async () => {
    const baseline = join(temp, 'lowered');
    await snapshotBaseline(join(ROOT, 'schemas'), baseline);
    const file = join(baseline, 'calls/utvikling-sosiale-tjenester-2024/application.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"maximum": 20000', '"maximum": 10000'));
    const breaking = diffSchemaSets(
      await loadSchemaSet(join(ROOT, 'schemas')),
      await loadSchemaSet(baseline),
    ).filter((c) => c.severity === 'breaking');
    expect(breaking.map((c) => [c.documentType, c.kind])).toEqual([
      ['calls/utvikling-sosiale-tjenester-2024/application', 'range-narrowed'],
    ]);
  });
});
