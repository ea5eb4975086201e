import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems, relativeLinks } from './tarball.ts';

const MANIFEST = {
  name: '@sosialtilskudd/x',
  version: '1.2.0',
  license: 'MIT',
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './package.json': './package.json',
  },
};
const map = (sourcesContent?: string[]) =>
  JSON.stringify({
    version: 3,
    sources: ['../src/index.ts'],
    mappings: 'AAAA',
    ...(sourcesContent ? { sourcesContent } : {}),
  });

/** A package as it unpacks from its tarball: the good one, with `change` applied (null removes a file). */
function unpacked(change: Record<string, string | null> = {}, manifest: object = MANIFEST): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarball-test-'));
  const files: Record<string, string | null> = {
    'package.json': JSON.stringify(manifest),
    'README.md': '# x\n\nSee [the changelog](CHANGELOG.md#120) and [Lovdata](https://lovdata.no/).\n',
    'CHANGELOG.md': '# @sosialtilskudd/x\n\n## 1.2.0\n\nNew.\n',
    LICENSE: 'MIT License\n\nCopyright (c) 2026\n',
    'dist/index.js': 'export {};\n//# sourceMappingURL=index.js.map',
    'dist/index.js.map': map(['export {};']),
    'dist/index.d.ts': 'export {};\n',
    ...change,
  };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('what a tarball holds', () => {
  it('a complete package has no problem', () => {
    expect(contentProblems(unpacked())).toEqual([]);
  });

  it.each([
    ['no README', { 'README.md': null }, 'README.md is not in the package'],
    ['no CHANGELOG', { 'CHANGELOG.md': null, 'README.md': '# x\n' }, 'CHANGELOG.md is not in the package'],
    ['no LICENSE', { LICENSE: null }, 'LICENSE is not in the package'],
    ['another licence', { LICENSE: 'Apache License\n' }, 'LICENSE is not the MIT licence package.json names'],
    [
      'a changelog without this version',
      { 'CHANGELOG.md': '## 1.1.0\n' },
      'CHANGELOG.md has no entry "## 1.2.0"',
    ],
    [
      'a README link into the repository',
      { 'README.md': 'See [the API](../../apps/api/README.md).\n' },
      'README.md links to ../../apps/api/README.md, which is not in the package',
    ],
    [
      'a source map comment whose map is not shipped',
      { 'dist/index.js.map': null },
      'dist/index.js points at the source map dist/index.js.map, which is not in the package',
    ],
    [
      'a map whose sources are neither shipped nor inlined',
      { 'dist/index.js.map': map() },
      'dist/index.js.map names the source ../src/index.ts, which is neither in the package nor in the map',
    ],
    [
      'a declaration map comment without its map',
      { 'dist/index.d.ts': 'export {};\n//# sourceMappingURL=index.d.ts.map' },
      'dist/index.d.ts points at the source map dist/index.d.ts.map, which is not in the package',
    ],
  ])('%s is a problem', (_name, change, problem) => {
    expect(contentProblems(unpacked(change))).toEqual([problem]);
  });

  it('a map whose source is shipped needs no inlined source', () => {
    expect(contentProblems(unpacked({ 'dist/index.js.map': map(), 'src/index.ts': 'export {};' }))).toEqual(
      [],
    );
  });

  it('an export condition, a bin or a pattern naming an unshipped file is a problem', () => {
    const manifest = {
      ...MANIFEST,
      exports: {
        '.': {
          '@sosialtilskudd/source': './src/index.ts',
          types: './dist/index.d.ts',
          default: './dist/index.js',
        },
        './calls/*': './calls/*',
      },
      bin: { tilskudd: './dist/bin.js' },
    };
    expect(contentProblems(unpacked({}, manifest))).toEqual([
      'exports names ./src/index.ts, which is not in the package',
      'exports names ./calls/*, which is not in the package',
      'bin names ./dist/bin.js, which is not in the package',
    ]);
    expect(
      contentProblems(unpacked({ 'calls/a/x.json': '{}', 'dist/bin.js': '', 'src/index.ts': '' }, manifest)),
    ).toEqual([]);
  });

  it('reads relative links only, without anchors', () => {
    expect(
      relativeLinks('[a](CHANGELOG.md#1) [b](https://x.no) [c](mailto:a@b.no) [d](#top) ![e](img/e.png)'),
    ).toEqual(['CHANGELOG.md', 'img/e.png']);
  });
});
