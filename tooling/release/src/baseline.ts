import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_PACKAGES } from './gate.ts';
import { publishablePackages, ROOT } from './workspace.ts';

/** The schemas as last released, committed so the gate works in any clone, shallow or not. */
export const BASELINE_DIR = join(ROOT, 'tooling/release/baseline');
const VERSIONS_FILE = join(BASELINE_DIR, 'versions.json');

export function releasedVersions(): Record<string, string> {
  return JSON.parse(readFileSync(VERSIONS_FILE, 'utf8'));
}

export function currentVersions(): Record<string, string> {
  return Object.fromEntries(publishablePackages().map((p) => [p.name, p.version]));
}

/** Run at release time (pnpm release:version): the schemas being released become the new baseline. */
export function snapshotBaseline(): void {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(BASELINE_DIR, { recursive: true });
  const schemas = join(ROOT, 'schemas');
  for (const file of readdirSync(schemas).filter((f) => f.endsWith('.schema.json')))
    cpSync(join(schemas, file), join(BASELINE_DIR, file));
  const versions = currentVersions();
  writeFileSync(
    VERSIONS_FILE,
    `${JSON.stringify(Object.fromEntries(CONTRACT_PACKAGES.map((p) => [p, versions[p]])), null, 2)}\n`,
  );
}
