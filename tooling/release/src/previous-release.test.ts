import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousRelease } from './previous-release.ts';

const DOMAIN = '@sosialtilskudd/domain';
const identity = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@localhost',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@localhost',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...identity } }).trim();

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const domainAt = (version: string, changelog: string) => ({
  'packages/domain/package.json': JSON.stringify({ name: DOMAIN, version }),
  'packages/domain/CHANGELOG.md': changelog,
});

/** A history like the repository's: a first release cut by hand, work, a `pnpm release` commit, more work. */
let work: string;
let origin: string;
let firstRelease: string;
let cut: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'previous-release-test-'));
  origin = join(work, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q', '-b', 'main');
  write(origin, domainAt('0.1.0', '# changelog\n\n## 0.1.0\n\nFirst.\n'));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'the first release, by hand');
  firstRelease = git(origin, 'rev-parse', 'HEAD');
  write(origin, { 'packages/domain/src.ts': 'work\n' });
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'work');
  write(origin, {
    ...domainAt('1.0.0', '# changelog\n\n## 1.0.0\n\nMajor.\n\n## 0.1.0\n\nFirst.\n'),
    'tooling/release/baseline/versions.json': JSON.stringify({ [DOMAIN]: '1.0.0' }),
  });
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', `release: ${DOMAIN}@1.0.0`);
  cut = git(origin, 'rev-parse', 'HEAD');
  write(origin, { 'packages/domain/src.ts': 'more work\n' });
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'more work');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const shallowClone = (name: string) => {
  const dir = join(work, name);
  git(work, 'clone', '-q', '--depth', '1', `file://${origin}`, dir);
  expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
  return dir;
};

describe('previousRelease', () => {
  it('is the newest release commit with another version, the first release before any cut', () => {
    expect(previousRelease(origin, [{ name: DOMAIN, version: '1.1.0' }], { firstRelease })).toEqual({
      commit: cut,
      packages: [{ name: DOMAIN, version: '1.0.0', dir: 'packages/domain' }],
    });
    expect(previousRelease(origin, [{ name: DOMAIN, version: '1.0.0' }], { firstRelease }).commit).toBe(
      firstRelease,
    );
  });

  it('fetches the history a shallow clone lacks', () => {
    const clone = shallowClone('shallow');
    expect(previousRelease(clone, [{ name: DOMAIN, version: '1.0.0' }], { firstRelease }).commit).toBe(
      firstRelease,
    );
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('says what to do when a shallow clone cannot fetch its history', () => {
    const clone = shallowClone('cut-off');
    git(clone, 'remote', 'set-url', 'origin', `file://${join(work, 'gone')}`);
    expect(() => previousRelease(clone, [{ name: DOMAIN, version: '1.0.0' }], { firstRelease })).toThrow(
      /shallow.*clone without --depth, or run git fetch --unshallow/,
    );
  });
});
