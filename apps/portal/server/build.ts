import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, PORTAL_DIR } from './paths.js';

/** What the bundle is made of: the portal and, through the source condition, the workspace packages it uses. */
const INPUTS = [
  'src',
  'index.html',
  'public',
  'vite.config.ts',
  'build',
  'package.json',
  '../../packages/domain/src',
  '../../packages/forms/src',
  '../../packages/api-client/src',
  '../../schemas/package.json',
].map((p) => join(PORTAL_DIR, p));

function newest(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function builtAt(): number {
  try {
    return statSync(join(DIST_DIR, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

/** True when dist/ is missing or older than any of its inputs. */
export function needsBuild(): boolean {
  const built = builtAt();
  return built === 0 || INPUTS.some((input) => newest(input) > built);
}

/**
 * Runs `vite build` in its own process; the first build of a fresh clone takes about half a minute. An aborted
 * `signal` stops it.
 */
export function build(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PORTAL_DIR, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: PORTAL_DIR,
      // Vite keeps a NODE_ENV it is given: under vitest (NODE_ENV=test) the bundle would carry React's
      // development build, three times the production one, and the browser suite would test another portal.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
      ...(signal ? { signal } : {}),
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build feilet (kode ${code})`)),
    );
  });
}

export async function ensureBuilt(
  log: (line: string) => void = console.log,
  signal?: AbortSignal,
): Promise<void> {
  if (!needsBuild()) return;
  log('Bygger portalen (vite build) …');
  await build(signal);
}
