import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';
import { publishablePackages, ROOT } from './workspace.ts';

/**
 * Proves the published artefacts work on their own: every publishable package is packed, the tarballs are
 * installed with npm into a fresh project outside the workspace (no workspace links), and that project
 * uses them as another team would.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The reference API from the workspace, on an empty embedded database with demo data: the client's counterpart. */
async function startApi(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: join(ROOT, 'apps/api'),
      env: { ...process.env, PORT: String(port), PGLITE_DIR: dataDir, DEMO_DATA: 'true', NODE_ENV: 'test' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/v1/calls`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, process: child };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not start within 60 s');
}

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
  const api = await startApi(join(work, 'pglite'));
  try {
    const scripts = readdirSync(project).filter((f) => /\.(mjs|cjs)$/.test(f));
    for (const script of scripts.sort())
      run(process.execPath, [script], project, { ...process.env, TILSKUDD_API_URL: api.url });
  } finally {
    api.process.kill();
  }
  run('bash', ['cli.sh'], project);
  console.log(`\nConsumer test passed with ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
