import { spawnSync } from 'node:child_process';

/**
 * Whether the registry npm is set up with (NPM_CONFIG_REGISTRY, or the user's .npmrc) has this version. An
 * unknown package is a no; a registry that cannot be asked is an error, never a no.
 */
export function versionExists(
  name: string,
  version: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const r = spawnSync('npm', ['view', `${name}@${version}`, 'version', '--json'], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (r.status === 0) return r.stdout.trim() !== '';
  if (/\bE404\b/.test(r.stderr)) return false;
  throw new Error(`npm view ${name}@${version} failed:\n${r.stderr}`);
}

/** The registry npm publishes to from `cwd`. */
export function registryOf(cwd: string): string {
  return spawnSync('npm', ['config', 'get', 'registry'], { cwd, encoding: 'utf8' }).stdout.trim();
}
