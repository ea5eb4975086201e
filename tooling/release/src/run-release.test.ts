import { describe, expect, it } from 'vitest';
import { type PackedRelease, ReleaseRefused, type ReleaseSteps, runRelease } from './run-release.ts';

const DOMAIN: PackedRelease = { name: '@sosialtilskudd/domain', version: '1.0.0', tarball: '/t/domain.tgz' };
const SCHEMAS: PackedRelease = {
  name: '@sosialtilskudd/json-schemas',
  version: '1.0.0',
  tarball: '/t/s.tgz',
};

/** Steps that record what the release did; `change` makes one of them answer otherwise. */
function recorder(change: Partial<ReleaseSteps> = {}) {
  const did: string[] = [];
  const steps: ReleaseSteps = {
    treeStatus: () => '',
    gate: async () => ({ pass: true, breaking: 0, missingMajor: [] }),
    hasChangesets: () => true,
    version: async () => void did.push('version'),
    restore: () => void did.push('restore'),
    commit: (message) => void did.push(`commit ${message}`),
    build: () => void did.push('build'),
    packAndCheck: () => {
      did.push('pack');
      return [DOMAIN, SCHEMAS];
    },
    versionExists: () => false,
    publish: (r) => void did.push(`publish ${r.name}`),
    tag: (r) => void did.push(`tag ${r.name}@${r.version}`),
    ...change,
  };
  return { steps, did };
}
const options = { publish: true, log: () => {} };

describe('pnpm release', () => {
  it('versions, builds, packs and checks, commits, then publishes and tags each package in order', async () => {
    const { steps, did } = recorder();
    expect(await runRelease(steps, options)).toEqual([DOMAIN, SCHEMAS]);
    expect(did).toEqual([
      'version',
      'build',
      'pack',
      'commit release: @sosialtilskudd/domain@1.0.0, @sosialtilskudd/json-schemas@1.0.0',
      'publish @sosialtilskudd/domain',
      'tag @sosialtilskudd/domain@1.0.0',
      'publish @sosialtilskudd/json-schemas',
      'tag @sosialtilskudd/json-schemas@1.0.0',
    ]);
  });

  it('with no changesets, releases the versions as they are, without a commit', async () => {
    const { steps, did } = recorder({ hasChangesets: () => false });
    await runRelease(steps, options);
    expect(did.filter((d) => d === 'version' || d.startsWith('commit'))).toEqual([]);
    expect(did).toContain('publish @sosialtilskudd/domain');
  });

  it('without publishing (a dry run, or a cut in the repository only), publishes and tags nothing', async () => {
    const { steps, did } = recorder();
    await runRelease(steps, { ...options, publish: false });
    expect(did.some((d) => d.startsWith('publish') || d.startsWith('tag'))).toBe(false);
  });

  it('refuses a dirty tree before anything else', async () => {
    const { steps, did } = recorder({ treeStatus: () => ' M README.md\n' });
    await expect(runRelease(steps, options)).rejects.toThrow(
      new ReleaseRefused(
        'The working tree has changes that are not committed; commit or stash them first:\nM README.md',
      ),
    );
    expect(did).toEqual([]);
  });

  it('refuses a breaking change whose packages have no major', async () => {
    const { steps, did } = recorder({
      gate: async () => ({ pass: false, breaking: 2, missingMajor: ['@sosialtilskudd/json-schemas'] }),
    });
    await expect(runRelease(steps, options)).rejects.toThrow(
      /2 breaking change\(s\) without a major for @sosialtilskudd\/json-schemas/,
    );
    expect(did).toEqual([]);
  });

  it('refuses a version the registry already has, publishes nothing and puts the tree back', async () => {
    const { steps, did } = recorder({ versionExists: (name) => name === '@sosialtilskudd/json-schemas' });
    await expect(runRelease(steps, options)).rejects.toThrow(
      /The registry already has @sosialtilskudd\/json-schemas@1\.0\.0/,
    );
    expect(did).toEqual(['version', 'build', 'pack', 'restore']);
  });

  it('puts the tree back when a check fails after versioning', async () => {
    const { steps, did } = recorder({
      packAndCheck: () => {
        throw new Error('publint: 1 error');
      },
    });
    await expect(runRelease(steps, options)).rejects.toThrow('publint: 1 error');
    expect(did).toEqual(['version', 'build', 'restore']);
  });
});
