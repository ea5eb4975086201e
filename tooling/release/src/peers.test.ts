import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from './workspace.ts';

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const forms = readJson('packages/forms/package.json') as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const { $comment: _, ...consumerPeers } = readJson('tooling/release/consumer/peers.json') as Record<
  string,
  string
>;

describe('the forms package’s peer ranges are the versions it is tested with', () => {
  const peers = Object.entries(forms.peerDependencies);

  it('the consumer test installs every peer', () => {
    expect(Object.keys(consumerPeers).sort()).toEqual(Object.keys(forms.peerDependencies).sort());
  });

  it.each(peers)('%s %s starts at the version the consumer test installs', (name, range) => {
    expect(semver.minVersion(range)?.version).toBe(consumerPeers[name]);
  });

  it.each(peers)('%s %s holds the version the workspace tests with', (name, range) => {
    expect(semver.satisfies(forms.devDependencies[name] ?? '', range)).toBe(true);
  });
});
