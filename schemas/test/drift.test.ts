import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGeneratedPath, renderSchemaFiles } from '@sosialtilskudd/codegen';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const STALE = 'schemas/ is stale: run pnpm generate';

function generatedOnDisk(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules') return [];
    const full = join(dir, e.name);
    if (e.isDirectory()) return generatedOnDisk(full);
    const path = relative(root, full);
    return isGeneratedPath(path) ? [path] : [];
  });
}

describe('generated files', () => {
  const expected = renderSchemaFiles();

  it('are exactly the files the source produces', () => {
    expect(generatedOnDisk().sort(), STALE).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])('%s matches the source', (path) => {
    const onDisk = readFileSync(join(root, path), 'utf8');
    expect(onDisk === expected.get(path), `${STALE} (${path} differs)`).toBe(true);
  });

  it('each carries the generated-file header', () => {
    for (const content of expected.values()) expect(content).toContain('pnpm generate');
  });
});
