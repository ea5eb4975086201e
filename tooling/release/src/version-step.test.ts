import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installLines, readmeInstallLines, writeInstallLines } from './install-lines.ts';
import { freezeDeprecations } from './version-step.ts';
import { ROOT } from './workspace.ts';

function domainSource(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'version-step-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'packages/domain/src', path, '..'), { recursive: true });
    writeFileSync(join(root, 'packages/domain/src', path), text);
  }
  return root;
}

describe('the version step', () => {
  it('writes the version it cuts into every deprecation not yet released, and leaves released ones', () => {
    const root = domainSource({
      'documents/a.ts':
        "deprecated(x, { since: 'next', reason: 'a' });\ndeprecated(y, { since: '0.9.0', reason: 'b' });\n",
      'documents/b.ts': "deprecated(z, { since: '0.9.0', reason: 'c' });\n",
      'documents/a.test.ts': "const t = { since: 'next' };\n",
    });
    expect(freezeDeprecations(root, '1.0.0')).toEqual(['documents/a.ts']);
    expect(readFileSync(join(root, 'packages/domain/src/documents/a.ts'), 'utf8')).toBe(
      "deprecated(x, { since: '1.0.0', reason: 'a' });\ndeprecated(y, { since: '0.9.0', reason: 'b' });\n",
    );
    expect(readFileSync(join(root, 'packages/domain/src/documents/a.test.ts'), 'utf8')).toContain("'next'");
  });
});

describe('the README’s install lines', () => {
  it('name the versions in the packages’ package.json', () => {
    expect(readmeInstallLines(ROOT), 'README.md is stale: pnpm release writes the install lines').toBe(
      installLines(ROOT),
    );
  });

  it('are rewritten between their markers, and nothing else is', () => {
    const root = mkdtempSync(join(tmpdir(), 'install-lines-'));
    cpWorkspaceManifests(root);
    const stale = installLines(ROOT).replaceAll(/@\^\d+\.\d+\.\d+/g, '@^0.0.1');
    writeFileSync(join(root, 'README.md'), `# x\n\n${stale}\n\nMore.\n`);
    writeInstallLines(root);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(`# x\n\n${installLines(ROOT)}\n\nMore.\n`);
  });
});

function cpWorkspaceManifests(root: string) {
  for (const dir of [
    'packages/api-client',
    'packages/cli',
    'packages/domain',
    'packages/forms',
    'packages/letters',
    'schemas',
  ]) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'package.json'), readFileSync(join(ROOT, dir, 'package.json')));
  }
}
