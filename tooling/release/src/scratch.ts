import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { output, run } from './run.ts';

/**
 * A copy of the working tree (tracked and new files, not ignored ones), as a git repository of its own with one
 * commit, with its dependencies installed from pnpm's store: a release can be tried in it, changesets consumed
 * and all, without touching the repository.
 */
export function scratchCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-release-'));
  const files = output('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), join(dir, file));
    else copyFileSync(from, join(dir, file));
  }
  const git = (...args: string[]) => run('git', args, dir);
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'pnpm release');
  git('config', 'user.email', 'release@localhost');
  git('add', '-A');
  git('commit', '-qm', 'the working tree the release is tried on');
  run('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], dir);
  return dir;
}
