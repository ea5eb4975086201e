import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';
import { publishablePackages } from './workspace.ts';

/**
 * Proves the published artefacts work on their own: every publishable package is packed, the tarballs are
 * installed with npm into a fresh project outside the workspace (no workspace links), and that project
 * uses them as another team would.
 */
const work = mkdtempSync(join(tmpdir(), 'tilskudd-consumer-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
mkdirSync(tarballs);
cpSync(fileURLToPath(new URL('../consumer/', import.meta.url)), project, { recursive: true });

try {
  const packages = publishablePackages();
  const files = new Map<string, string>();
  for (const pkg of packages) {
    const before = new Set(readdirSync(tarballs));
    run('pnpm', ['pack', '--pack-destination', tarballs], pkg.dir);
    const packed = readdirSync(tarballs).find((f) => !before.has(f));
    if (!packed) throw new Error(`pnpm pack made no tarball for ${pkg.name}`);
    files.set(pkg.name, `file:${join(tarballs, packed)}`);
  }
  const packed = Object.fromEntries(files);
  const { $comment: _, ...peers } = JSON.parse(readFileSync(join(project, 'peers.json'), 'utf8'));
  // Overrides make the packages' dependencies on each other resolve to the tarballs too, not the registry.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { ...packed, ...peers },
        overrides: packed,
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], project);
  for (const script of readdirSync(project)
    .filter((f) => /\.(mjs|cjs)$/.test(f))
    .sort())
    run(process.execPath, [script], project);
  run('bash', ['cli.sh'], project);
  console.log(`\nConsumer test passed with ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
