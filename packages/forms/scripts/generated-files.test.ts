// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles, toEsmModule } from './generated-files.js';

const dir = fileURLToPath(new URL('../src/generated/', import.meta.url));
const STALE = 'packages/forms/src/generated is stale: run pnpm generate';

const onDisk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? onDisk(join(d, e.name)) : [relative(dir, join(d, e.name))],
  );

describe('precompiled validators', () => {
  const expected = renderGeneratedFiles();

  it('are exactly the files the committed schemas produce', () => {
    expect(onDisk(dir).sort(), STALE).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) {
      expect(readFileSync(join(dir, path), 'utf8') === content, `${STALE} (${path} differs)`).toBe(true);
    }
  });

  it('cover one application schema per call in schemas/calls', () => {
    expect(
      [...expected.keys()].filter((k) => k.startsWith('validators/application--')).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it('refuse Ajv output that needs a runtime helper the ESM wrapper does not map', () => {
    expect(() =>
      toEsmModule('exports["x"] = validate1; const e = require("ajv/dist/runtime/equal").default;'),
    ).toThrow(/runtime helper/);
  });
});
