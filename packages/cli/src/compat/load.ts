import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isObject } from './json.js';

const SUFFIX = '.schema.json';

/** Folders that are never part of a schema set: installed packages and hidden folders. */
const skipped = (name: string) => name === 'node_modules' || name.startsWith('.');

/**
 * Reads every `*.schema.json` in `dir` and its subfolders, keyed by the path without the suffix
 * (`application`, `calls/utvikling-sosiale-tjenester-2024/application`, `v1/repayment-claim`), so a
 * published package's per-call and earlier-major schemas are compared too. Symbolic links are not followed.
 */
export async function loadSchemaSet(dir: string): Promise<Record<string, object>> {
  const names = (await schemaFiles(dir, '')).sort();
  const schemas = await Promise.all(
    names.map(async (name) => parse(await readFile(join(dir, name), 'utf8'), name)),
  );
  return Object.fromEntries(names.map((name, i) => [name.slice(0, -SUFFIX.length), schemas[i] as object]));
}

async function schemaFiles(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return skipped(entry.name) ? [] : schemaFiles(root, path);
      return entry.isFile() && entry.name.endsWith(SUFFIX) && entry.name.length > SUFFIX.length ? [path] : [];
    }),
  );
  return nested.flat();
}

function parse(text: string, name: string): object {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${name}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!isObject(value)) throw new Error(`${name}: expected a JSON Schema object`);
  // The generated header comment is not part of the contract.
  const { $comment: _comment, ...schema } = value;
  return schema;
}
