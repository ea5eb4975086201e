import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { registryOf } from './registry.ts';
import { run } from './run.ts';
import { ReleaseRefused, runRelease } from './run-release.ts';
import { scratchCopy } from './scratch.ts';
import { ROOT } from './workspace.ts';
import { workspaceSteps } from './workspace-steps.ts';

/**
 * `pnpm release`: consume the changesets, build, check, pack and publish to the registry npm is set up with
 * (NPM_CONFIG_REGISTRY, or .npmrc). `--no-publish` cuts the release in the repository (the release commit) and
 * stops before the registry; `--dry-run` does it all in a copy of the working tree and publishes nothing; `--copy`
 * publishes from such a copy, leaving the repository as it is (the consumer test); `--summary FILE` writes what
 * was (or would be) published as JSON.
 */
const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    'no-publish': { type: 'boolean', default: false },
    copy: { type: 'boolean', default: false },
    'in-copy': { type: 'boolean', default: false },
    summary: { type: 'string' },
  },
});
const dryRun = values['dry-run'] ?? false;
const publish = !dryRun && !values['no-publish'];

if ((dryRun || values.copy) && !values['in-copy']) {
  const copy = scratchCopy(ROOT);
  console.log(`Releasing from a copy of the working tree: ${copy}`);
  try {
    const args = [
      '--conditions=@sosialtilskudd/source',
      '--import',
      'tsx',
      'tooling/release/src/release.ts',
      '--in-copy',
    ];
    if (dryRun) args.push('--dry-run');
    if (values.summary) args.push('--summary', values.summary);
    run(process.execPath, args, copy);
  } catch {
    process.exitCode = 1;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
} else {
  const started = Date.now();
  const log = (line: string) =>
    console.log(line.startsWith('— ') ? `\n${line} (${Math.round((Date.now() - started) / 1000)} s)` : line);
  log(`${publish ? 'Publishing to' : 'Not publishing; the registry asked is'} ${registryOf(ROOT)}`);
  const packs = mkdtempSync(join(tmpdir(), 'tilskudd-release-packs-'));
  try {
    const releases = await runRelease(workspaceSteps(ROOT, packs, log), { publish, log });
    if (values.summary)
      writeFileSync(values.summary, JSON.stringify(releases.map(({ name, version }) => ({ name, version }))));
  } catch (error) {
    if (!(error instanceof ReleaseRefused)) throw error;
    console.error(`\n✗ pnpm release refused: ${error.message}`);
    process.exitCode = 1;
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}
