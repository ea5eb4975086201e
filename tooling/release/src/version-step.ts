import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import semver from 'semver';
import { writeInstallLines } from './install-lines.ts';
import { run } from './run.ts';
import { publishablePackages } from './workspace.ts';

/** The package whose version a deprecation names: the domain declares every field. */
const DOMAIN = '@sosialtilskudd/domain';
const NEXT_RELEASE_FILE = 'packages/domain/src/next-release.ts';

/**
 * The version the domain's next release will have: what the pending changesets make of it, or, with none
 * pending, the next patch (a deprecation comes with a changeset, which then decides).
 */
export async function nextDomainRelease(root: string): Promise<string> {
  const plan = await getReleasePlan(root);
  const planned = plan.releases.find((r) => r.name === DOMAIN && r.type !== 'none');
  if (planned) return planned.newVersion;
  const current = publishablePackages(root).find((p) => p.name === DOMAIN)?.version ?? '0.0.0';
  return semver.inc(current, 'patch') ?? current;
}

function nextReleaseModule(version: string): string {
  return [
    '// Written by `pnpm release:next` and by `pnpm release`. A deprecation not yet released gives its version as',
    "// 'next', and its text names this one until `pnpm release` writes the version it cuts in its place.",
    '',
    '/** The version the next release of @sosialtilskudd/domain will have, as the pending changesets make it. */',
    `export const NEXT_RELEASE = '${version}';`,
    '',
  ].join('\n');
}

export function writeNextRelease(root: string, version: string): void {
  writeFileSync(join(root, NEXT_RELEASE_FILE), nextReleaseModule(version));
}

/** `since: 'next'` in the domain's source, the mark of a deprecation not yet released. */
const UNRELEASED = /since: 'next'/g;

/** Writes the version being cut into every unreleased deprecation of the domain's source; returns the files. */
export function freezeDeprecations(root: string, version: string): string[] {
  const src = join(root, 'packages/domain/src');
  const changed: string[] = [];
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(join(src, file), 'utf8');
    const frozen = text.replace(UNRELEASED, `since: '${version}'`);
    if (frozen === text) continue;
    writeFileSync(join(src, file), frozen);
    changed.push(file);
  }
  return changed;
}

/**
 * The version step of `pnpm release`: the changesets become versions and changelog entries, unreleased
 * deprecations get the version cut, generated files follow, and the released contract becomes the baseline.
 */
export async function applyChangesets(root: string, log: (line: string) => void): Promise<void> {
  run('pnpm', ['exec', 'changeset', 'version'], root);
  const version = publishablePackages(root).find((p) => p.name === DOMAIN)?.version;
  if (!version) throw new Error(`${DOMAIN} not found`);
  for (const file of freezeDeprecations(root, version))
    log(`deprecations in ${file} are now since ${version}`);
  writeNextRelease(root, await nextDomainRelease(root));
  writeInstallLines(root);
  run('pnpm', ['generate'], root);
  run('pnpm', ['--filter', '@sosialtilskudd/release', 'snapshot-baseline'], root);
  run('pnpm', ['install', '--lockfile-only', '--reporter=silent'], root);
}
