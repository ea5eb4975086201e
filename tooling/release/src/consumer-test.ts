import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationNotes } from './migration-notes.ts';
import { freePort } from './ports.ts';
import { packPreviousRelease, previousRelease } from './previous-release.ts';
import { versionExists } from './registry.ts';
import { output, run } from './run.ts';
import { lintTarball } from './tarball.ts';
import { startRegistry } from './verdaccio.ts';
import { hasJavaScript, publishablePackages, ROOT, stylesheetEntrypoints } from './workspace.ts';

/**
 * Proves a release works for another team, from a real registry: a local Verdaccio gets the packages from
 * `pnpm release` (run on a copy of the working tree, its changesets consumed), what it then serves passes publint
 * and attw, and fresh projects outside the workspace install them with npm and with pnpm and use them as a team
 * would: ESM under NodeNext and bundler resolution, and CommonJS. The previous release is published too, and a
 * project on it upgrades by following the changelog's migration notes.
 */
interface Published {
  name: string;
  version: string;
}

const started = Date.now();
const step = (text: string) => console.log(`\n==> ${text} (${Math.round((Date.now() - started) / 1000)} s)`);
const CONSUMER = fileURLToPath(new URL('../consumer/', import.meta.url));
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

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
    if (
      await fetch(`${url}/v1/calls`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, process: child };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not start within 60 s');
}

/** A consumer's environment: the public registry for everything, ours for @sosialtilskudd (in its .npmrc). */
function consumerEnv(): NodeJS.ProcessEnv {
  const { NPM_CONFIG_REGISTRY: _r, NPM_CONFIG_USERCONFIG: _u, npm_config_registry: _l, ...env } = process.env;
  return env;
}

/** A fresh project outside the workspace, with @sosialtilskudd/* from the local registry. */
function freshProject(dir: string, registry: string, dependencies: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.npmrc'), `@sosialtilskudd:registry=${registry}/\n`);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2),
  );
}

const install = (manager: 'npm' | 'pnpm', dir: string, extra: string[] = []) =>
  manager === 'npm'
    ? run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...extra], dir, consumerEnv())
    : run('pnpm', [extra.length ? 'add' : 'install', '--reporter=silent', ...extra], dir, consumerEnv());

const work = mkdtempSync(join(tmpdir(), 'tilskudd-consumer-'));
step('Verdaccio');
const registry = await startRegistry(join(work, 'registry'));
const publisher = {
  ...process.env,
  NPM_CONFIG_REGISTRY: `${registry.url}/`,
  NPM_CONFIG_USERCONFIG: registry.userconfig,
};
let api: ChildProcess | undefined;
try {
  step(`pnpm release, from a copy of the working tree, to ${registry.url}`);
  const summary = join(work, 'published.json');
  run(
    process.execPath,
    [
      '--conditions=@sosialtilskudd/source',
      '--import',
      'tsx',
      'tooling/release/src/release.ts',
      '--copy',
      '--summary',
      summary,
    ],
    ROOT,
    publisher,
  );
  const published = readJson<Published[]>(summary);
  const names = publishablePackages().map((p) => p.name);
  if (
    published
      .map((p) => p.name)
      .sort()
      .join() !== [...names].sort().join()
  )
    throw new Error(
      `pnpm release published ${JSON.stringify(published)}, not every package (${names.join(', ')})`,
    );

  step('What the registry serves: publint --strict and attw (esm-only) on each tarball');
  const fetched = join(work, 'fetched');
  mkdirSync(fetched);
  for (const p of published) {
    if (!versionExists(p.name, p.version, work, publisher))
      throw new Error(`the registry does not have ${p.name}@${p.version}`);
    const [packed] = JSON.parse(
      output(
        'npm',
        ['pack', `${p.name}@${p.version}`, '--pack-destination', fetched, '--json'],
        work,
        publisher,
      ),
    ) as { filename: string }[];
    const pkg = publishablePackages().find((w) => w.name === p.name);
    if (!pkg || !packed) throw new Error(`npm pack fetched no tarball for ${p.name}@${p.version}`);
    lintTarball(join(fetched, packed.filename), {
      javascript: hasJavaScript(pkg),
      excludeEntrypoints: stylesheetEntrypoints(pkg),
    });
  }

  step('The previous release, built from its commit and published beside it');
  const previous = previousRelease(ROOT, published);
  // A package the new release leaves at its version is that very release, already published.
  for (const p of packPreviousRelease(ROOT, previous, join(work, 'previous')))
    if (!versionExists(p.name, p.version, work, publisher))
      run('npm', ['publish', p.tarball, '--tag', 'previous'], work, publisher);
  console.log(
    `previous release: ${previous.packages.map((p) => `${p.name}@${p.version}`).join(', ')} (${previous.commit})`,
  );

  const apiRun = await startApi(join(work, 'pglite'));
  api = apiRun.process;
  const { $comment: _, ...peers } = readJson<Record<string, string>>(join(CONSUMER, 'peers.json'));
  for (const manager of ['npm', 'pnpm'] as const) {
    step(`A fresh project installs every package with ${manager}`);
    const project = join(work, manager);
    cpSync(CONSUMER, project, { recursive: true });
    freshProject(project, registry.url, {
      ...Object.fromEntries(published.map((p) => [p.name, p.version])),
      ...peers,
      typescript: '5.9.3',
      '@types/node': '20.19.43',
      '@types/react': '19.2.0',
    });
    install(manager, project);
    for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
      run(join(project, 'node_modules/.bin/tsc'), ['-p', config], project);
      console.log(`types: ${config} compiles, and every wrong call in types.ts is refused`);
    }
    for (const script of readdirSync(project)
      .filter((f) => /\.(mjs|cjs)$/.test(f))
      .sort())
      run(process.execPath, [script], project, { ...process.env, TILSKUDD_API_URL: apiRun.url });
    run('bash', ['cli.sh'], project);
  }

  step('A project on the previous release upgrades, following the changelog');
  upgrade(join(work, 'upgrade'), registry.url, previous.packages, published);
  console.log(
    `\nConsumer test passed in ${Math.round((Date.now() - started) / 1000)} s with ${published.map((p) => `${p.name}@${p.version}`).join(', ')}`,
  );
} finally {
  api?.kill();
  registry.stop();
  rmSync(work, { recursive: true, force: true });
}

/**
 * Every document type of the previous release, as its `tilskudd example` wrote it, is valid under the new
 * release, or refused only as an outdated major and made valid by a `tilskudd migrate` command the changelog gives.
 */
function upgrade(dir: string, registryUrl: string, previous: Published[], published: Published[]): void {
  freshProject(dir, registryUrl, Object.fromEntries(previous.map((p) => [p.name, p.version])));
  install('npm', dir);
  const tilskudd = (...args: string[]) =>
    spawnSync(join(dir, 'node_modules/.bin/tilskudd'), args, { cwd: dir, encoding: 'utf8' });
  const index = readJson<{ documents: { type: string }[] }>(
    join(dir, 'node_modules/@sosialtilskudd/json-schemas/index.json'),
  );
  const types = index.documents.map((d) => d.type);
  for (const type of types) {
    writeFileSync(join(dir, `${type}.json`), tilskudd('example', type).stdout);
    const before = tilskudd('validate', `${type}.json`);
    if (before.status !== 0)
      throw new Error(`the previous release refuses its own example ${type}:\n${before.stdout}`);
  }
  const upgraded = previous.map((p) => `${p.name}@${published.find((n) => n.name === p.name)?.version}`);
  install('npm', dir, upgraded);
  const notes = migrationNotes(dir, previous);
  let migrated = 0;
  for (const type of types) {
    const after = tilskudd('validate', `${type}.json`, '--format', 'json');
    if (after.status === 0) continue;
    const codes = (JSON.parse(after.stdout) as { issues: { code: string }[] }[]).flatMap((r) =>
      r.issues.map((i) => i.code),
    );
    if (!codes.every((c) => c === 'SCHEMA_VERSION_OUTDATED'))
      throw new Error(
        `${type}: the previous release's example is refused after the upgrade (${codes.join(', ')})`,
      );
    const fixed = notes.some((command) => {
      const [, , , ...rest] = command.split(/\s+/);
      const result = tilskudd('migrate', `${type}.json`, ...rest);
      if (result.status !== 0) return false;
      writeFileSync(join(dir, `${type}.migrated.json`), result.stdout);
      return tilskudd('validate', `${type}.migrated.json`).status === 0;
    });
    if (!fixed)
      throw new Error(
        `${type} is an outdated major, and no migration the changelog names (${notes.join('; ') || 'none'}) makes it valid`,
      );
    migrated++;
    console.log(`upgrade: ${type} migrated as the changelog says, and valid`);
  }
  console.log(
    `upgrade: ${types.length} document types of the previous release, ${migrated} migrated, the rest valid as they were`,
  );
}
