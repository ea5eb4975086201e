import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('reads *.schema.json in the folder and its subfolders, keyed by path, and drops the generated $comment', async () => {
    await writeFile(
      join(dir, 'budget.schema.json'),
      JSON.stringify({ $comment: 'Generated', type: 'object' }),
    );
    await writeFile(join(dir, 'report.schema.json'), '\uFEFF{"type":"string","$comment":"kept? no"}');
    await writeFile(join(dir, 'notes.json'), '{}');
    await mkdir(join(dir, 'calls', '2024'), { recursive: true });
    await writeFile(join(dir, 'calls', '2024', 'application.schema.json'), '{"maximum":1}');
    await mkdir(join(dir, 'folder.schema.json'));

    const set = await loadSchemaSet(dir);
    expect(set).toEqual({
      budget: { type: 'object' },
      'calls/2024/application': { maximum: 1 },
      report: { type: 'string' },
    });
    expect(Object.keys(set)).toEqual(['budget', 'calls/2024/application', 'report']);
  });

  it('skips node_modules, hidden folders and symbolic links', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'compat-outside-'));
    await writeFile(join(outside, 'elsewhere.schema.json'), '{}');
    for (const folder of ['node_modules', '.cache']) {
      await mkdir(join(dir, folder));
      await writeFile(join(dir, folder, 'hidden.schema.json'), '{}');
    }
    await symlink(outside, join(dir, 'linked'));
    await symlink(join(outside, 'elsewhere.schema.json'), join(dir, 'link.schema.json'));

    expect(await loadSchemaSet(dir)).toEqual({});
    await rm(outside, { recursive: true, force: true });
  });

  it('names a nested file by its path', async () => {
    await mkdir(join(dir, 'v1'));
    await writeFile(join(dir, 'v1', 'broken.schema.json'), '{');
    await expect(loadSchemaSet(dir)).rejects.toThrow(/^v1\/broken\.schema\.json: invalid JSON/);
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
