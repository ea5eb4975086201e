import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSchemaSet } from '@sosialtilskudd/cli';
import { loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { GATED_PACKAGES } from './gate.ts';
import { currentRules, type ReleasedDocument } from './rule-changes.ts';
import { publishablePackages, ROOT } from './workspace.ts';

/** The schemas and rules as last released, committed so the gate works in any clone, shallow or not. */
export const BASELINE_DIR = join(ROOT, 'tooling/release/baseline');

/** One file of the baseline: `versions.json`, `rules.json`, `valid-documents.json` or `openapi.json`. */
export function readBaseline<T>(file: string): T {
  return JSON.parse(readFileSync(join(BASELINE_DIR, file), 'utf8')) as T;
}

/** The golden fixtures' valid cases, resolved (bases patched, contexts filled in), as the release has them. */
export function currentValidDocuments(): ReleasedDocument[] {
  return loadGoldenFixtures().valid.map(({ name, type, document, context }) => ({
    name,
    ...(type ? { type } : {}),
    document,
    ...(context ? { context } : {}),
  }));
}

export function currentVersions(): Record<string, string> {
  return Object.fromEntries(publishablePackages().map((p) => [p.name, p.version]));
}

const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/**
 * Run at release time (pnpm release): the schemas being released, per-call and earlier majors
 * included, the rule catalogue, the documents judged valid and the OpenAPI document become the new baseline.
 */
export async function snapshotBaseline(
  schemas = join(ROOT, 'schemas'),
  baseline = BASELINE_DIR,
): Promise<void> {
  const names = Object.keys(await loadSchemaSet(schemas));
  rmSync(baseline, { recursive: true, force: true });
  for (const name of names) {
    const target = join(baseline, `${name}.schema.json`);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(schemas, `${name}.schema.json`), target);
  }
  const versions = currentVersions();
  writeJson(join(baseline, 'versions.json'), Object.fromEntries(GATED_PACKAGES.map((p) => [p, versions[p]])));
  writeJson(join(baseline, 'rules.json'), currentRules());
  writeJson(join(baseline, 'valid-documents.json'), currentValidDocuments());
  cpSync(join(schemas, 'openapi.json'), join(baseline, 'openapi.json'));
}
