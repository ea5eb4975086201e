import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSchemaSet } from './load.js';

describe('loadSchemaSet', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'compat-load-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads *.schema.json directly in the folder and drops the generated $comment', async () => {
    await writeFile(
      join(dir, 'budget.schema.json'),
      JSON.stringify({ $comment: 'Generated', type: 'object' }),
    );
    await writeFile(join(dir, 'report.schema.json'), '\uFEFF{"type":"string","$comment":"kept? no"}');
    await writeFile(join(dir, 'notes.json'), '{}');
    await mkdir(join(dir, 'nested'));
    await writeFile(join(dir, 'nested', 'deep.schema.json'), '{}');
    await mkdir(join(dir, 'folder.schema.json'));

    const set = await loadSchemaSet(dir);
    expect(set).toEqual({ budget: { type: 'object' }, report: { type: 'string' } });
    expect(Object.keys(set)).toEqual(['budget', 'report']);
  });

  it('names the file that is not valid JSON', async () => {
    await writeFile(join(dir, 'broken.schema.json'), '{');
    await expect(loadSchemaSet(dir)).rejects.toThrow(/broken\.schema\.json: invalid JSON/);
  });

  it('rejects a file that is not a schema object', async () => {
    await writeFile(join(dir, 'list.schema.json'), '[]');
    await expect(loadSchemaSet(dir)).rejects.toThrow(/list\.schema\.json: expected a JSON Schema object/);
  });
});
