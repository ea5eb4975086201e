/** A package as it will be published: name, version, and the tarball `pnpm pack` made of it. */
export interface PackedRelease {
  name: string;
  version: string;
  tarball: string;
}

/** What `pnpm release` does, one effect per step, so the order and the refusals can be tested without a registry. */
export interface ReleaseSteps {
  /** `git status --porcelain`: empty when the tree is clean. */
  treeStatus(): string;
  /** The compatibility gate on the unreleased changes: the packages that need a major and have none. */
  gate(): Promise<{ pass: boolean; breaking: number; missingMajor: string[] }>;
  /** Whether .changeset/ holds changesets not yet released. */
  hasChangesets(): boolean;
  /** Consumes the changesets: versions, changelogs, version texts, generated files, the new baseline. */
  version(): Promise<void>;
  /** Puts the tree back as it was before `version` (after a refusal). */
  restore(): void;
  commit(message: string): void;
  build(): void;
  /** Packs every publishable package and checks each tarball (contents, publint, attw); throws on a problem. */
  packAndCheck(): PackedRelease[];
  versionExists(name: string, version: string): boolean;
  publish(release: PackedRelease): void;
  tag(release: PackedRelease): void;
}

export interface ReleaseOptions {
  /** False: everything but publishing and tagging (a dry run, or cutting the release in the repository only). */
  publish: boolean;
  log: (line: string) => void;
}

export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

export const releaseName = (releases: readonly PackedRelease[]) =>
  releases.map((r) => `${r.name}@${r.version}`).join(', ');

/**
 * Refuses a dirty tree, a breaking change without its major and a version the registry already has; otherwise
 * versions (when changesets are pending), commits, builds, packs, checks and publishes, in that order.
 */
export async function runRelease(
  steps: ReleaseSteps,
  { publish, log }: ReleaseOptions,
): Promise<PackedRelease[]> {
  const dirty = steps.treeStatus().trim();
  if (dirty)
    throw new ReleaseRefused(
      `The working tree has changes that are not committed; commit or stash them first:\n${dirty}`,
    );

  log('— the compatibility gate');
  const verdict = await steps.gate();
  if (!verdict.pass)
    throw new ReleaseRefused(
      `The compatibility gate found ${verdict.breaking} breaking change(s) without a major for ${verdict.missingMajor.join(', ')}.`,
    );

  const versioning = steps.hasChangesets();
  let releases: PackedRelease[];
  try {
    if (versioning) {
      log('— the changesets');
      await steps.version();
    } else log('No pending changesets: releasing the versions in package.json as they are.');
    log('— build');
    steps.build();
    log('— pack, and check each tarball');
    releases = steps.packAndCheck();
    const existing = releases.filter((r) => steps.versionExists(r.name, r.version));
    if (existing.length)
      throw new ReleaseRefused(
        `The registry already has ${releaseName(existing)}; a published version is never published again. Add a changeset for the change to release.`,
      );
  } catch (error) {
    if (versioning) steps.restore();
    throw error;
  }
  if (versioning) steps.commit(`release: ${releaseName(releases)}`);
  if (!publish) {
    log(`Not publishing: ${releaseName(releases)} checked and ready`);
    return releases;
  }
  for (const release of releases) {
    steps.publish(release);
    steps.tag(release);
    log(`published ${release.name}@${release.version}`);
  }
  return releases;
}
