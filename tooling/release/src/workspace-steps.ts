import { join } from 'node:path';
import { pendingBumps } from './changesets.ts';
import { compatibilityGate } from './compatibility.ts';
import { versionExists } from './registry.ts';
import { output, run } from './run.ts';
import type { PackedRelease, ReleaseSteps } from './run-release.ts';
import { lintTarball, packPackage } from './tarball.ts';
import { applyChangesets } from './version-step.ts';
import { hasJavaScript, inPublishOrder, publishablePackages, stylesheetEntrypoints } from './workspace.ts';

/** The release's steps on a real checkout: git, pnpm, the changesets, npm and the registry npm is set up with. */
export function workspaceSteps(root: string, packs: string, log: (line: string) => void): ReleaseSteps {
  return {
    treeStatus: () => output('git', ['status', '--porcelain'], root),
    gate: async () => {
      const { report, verdict } = await compatibilityGate();
      log(report);
      return verdict;
    },
    hasChangesets: () => pendingBumps(join(root, '.changeset')).size > 0,
    version: () => applyChangesets(root, log),
    restore: () => {
      // The tree was clean before the version step, so what differs now is the step's own work.
      run('git', ['checkout', '--', '.'], root);
      run('git', ['clean', '-fdq'], root);
    },
    commit: (message) => {
      run('git', ['add', '-A'], root);
      run('git', ['commit', '-qm', message], root);
    },
    // Only what is published: the apps are never released.
    build: () =>
      run(
        'pnpm',
        ['exec', 'turbo', 'run', 'build', ...publishablePackages(root).map((p) => `--filter=${p.name}`)],
        root,
      ),
    packAndCheck: () =>
      inPublishOrder(publishablePackages(root)).map((pkg): PackedRelease => {
        const tarball = packPackage(pkg.dir, packs);
        lintTarball(tarball, {
          javascript: hasJavaScript(pkg),
          excludeEntrypoints: stylesheetEntrypoints(pkg),
        });
        return { name: pkg.name, version: pkg.version, tarball };
      }),
    versionExists: (name, version) => versionExists(name, version, root),
    publish: ({ tarball }) => run('npm', ['publish', tarball, '--access', 'public'], root),
    tag: ({ name, version }) => run('git', ['tag', `${name}@${version}`], root),
  };
}
