import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishablePackages, ROOT } from './workspace.ts';

const { hooks } = createRequire(import.meta.url)(join(ROOT, '.pnpmfile.cjs')) as {
  hooks: { beforePacking: (pkg: Record<string, unknown>) => Record<string, unknown> };
};

describe('every published package', () => {
  const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

  it.each(publishablePackages().map((p) => [p.name, p] as const))(
    '%s ships the repository’s LICENSE',
    (_n, p) => {
      expect(readFileSync(join(p.dir, 'LICENSE'), 'utf8'), `copy LICENSE to ${p.dir}`).toBe(licence);
      expect(p.manifest.license).toBe('MIT');
    },
  );
});

describe('the pack hook', () => {
  it('drops the workspace’s source condition, scripts and devDependencies from the published manifest', () => {
    const published = hooks.beforePacking({
      name: '@sosialtilskudd/x',
      scripts: { build: 'tsc' },
      devDependencies: { tsx: '4' },
      dependencies: { zod: '4' },
      exports: {
        '.': {
          '@sosialtilskudd/source': './src/index.ts',
          types: './dist/index.d.ts',
          default: './dist/index.js',
        },
        './styles.css': { '@sosialtilskudd/source': './src/styles.css', default: './dist/styles.css' },
        './package.json': './package.json',
      },
    });
    expect(published).toEqual({
      name: '@sosialtilskudd/x',
      dependencies: { zod: '4' },
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './styles.css': { default: './dist/styles.css' },
        './package.json': './package.json',
      },
    });
  });
});
