import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { output, run } from './run.ts';
import { packPackage } from './tarball.ts';

/** 0.1.0 was cut by hand in this commit, before `pnpm release` existed. Every later release is a commit "release: …". */
const FIRST_RELEASE = 'e719501f5bbea989122ae5623a64e406c132a0b2';

export interface ReleasedPackage {
  name: string;
  version: string;
  /** Folder in the repository. */
  dir: string;
}

const show = (root: string, commit: string, path: string): string | undefined => {
  try {
    return output('git', ['show', `${commit}:${path}`], root);
  } catch {
    return undefined;
  }
};

/** The packages a commit released: the publishable ones whose CHANGELOG has an entry for their version there. */
export function releasedAt(root: string, commit: string): ReleasedPackage[] {
  const dirs = output('git', ['ls-tree', '--name-only', `${commit}:packages`], root)
    .split('\n')
    .filter(Boolean)
    .map((d) => `packages/${d}`);
  return [...dirs, 'schemas'].flatMap((dir) => {
    const manifest = show(root, commit, `${dir}/package.json`);
    const changelog = show(root, commit, `${dir}/CHANGELOG.md`);
    if (!manifest || !changelog) return [];
    const { name, version, private: isPrivate } = JSON.parse(manifest);
    return !isPrivate && new RegExp(`^## ${version}$`, 'm').test(changelog) ? [{ name, version, dir }] : [];
  });
}

/**
 * The upgrade test reads the history back to the first release, which a shallow clone (CI may make one) lacks:
 * it fetches the rest from where it was cloned from, or says what to do.
 */
export function ensureHistory(root: string): void {
  if (output('git', ['rev-parse', '--is-shallow-repository'], root).trim() !== 'true') return;
  console.log('This clone is shallow; fetching the history the upgrade test needs (git fetch --unshallow)');
  try {
    run('git', ['fetch', '--quiet', '--unshallow'], root);
  } catch {
    throw new Error(
      `This clone is shallow and the rest of its history could not be fetched. The upgrade test builds the previous release from its commit, so it needs the history back to the first release (${FIRST_RELEASE}): clone without --depth, or run git fetch --unshallow.`,
    );
  }
}

/** Release commits, newest first: `pnpm release`'s commits, then the first release. */
export function releaseCommits(root: string, firstRelease = FIRST_RELEASE): string[] {
  ensureHistory(root);
  const cut = output(
    'git',
    ['log', '--format=%H', '--grep=^release: ', '--', 'tooling/release/baseline/versions.json'],
    root,
  )
    .split('\n')
    .filter(Boolean);
  try {
    return [...cut, output('git', ['rev-parse', '--verify', `${firstRelease}^{commit}`], root).trim()];
  } catch {
    throw new Error(
      `The commit of the first release (${firstRelease}) is not in this repository's history: the upgrade test builds the previous release from it.`,
    );
  }
}

/** The newest release before the one being published: the first release commit with another version of `name`. */
export function previousRelease(
  root: string,
  publishing: readonly { name: string; version: string }[],
  { name = '@sosialtilskudd/domain', firstRelease = FIRST_RELEASE } = {},
): { commit: string; packages: ReleasedPackage[] } {
  const now = publishing.find((p) => p.name === name)?.version;
  for (const commit of releaseCommits(root, firstRelease)) {
    const packages = releasedAt(root, commit);
    const then = packages.find((p) => p.name === name)?.version;
    if (then && then !== now) return { commit, packages };
  }
  throw new Error(`No release before ${name}@${now} in the history`);
}

/** Builds the previous release from its commit (its own lockfile and scripts) and packs its packages. */
export function packPreviousRelease(
  root: string,
  release: { commit: string; packages: ReleasedPackage[] },
  into: string,
): (ReleasedPackage & { tarball: string })[] {
  const tree = join(into, 'tree');
  mkdirSync(tree, { recursive: true });
  run('bash', ['-c', `git archive ${release.commit} | tar -x -C "${tree}"`], root);
  // An old lockfile may lag its package.json files (0.1.0's does), so it is not frozen.
  run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=silent'], tree);
  const filters = release.packages.flatMap((p) => ['--filter', `./${p.dir}`]);
  run('pnpm', ['-r', ...filters, 'run', '--if-present', 'build'], tree);
  return release.packages.map((p) => ({
    ...p,
    tarball: packPackage(join(tree, p.dir), join(into, 'tarballs')),
  }));
}
