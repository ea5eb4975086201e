import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isObject } from './json.js';

const SUFFIX = '.schema.json';

/** Reads every `<type>.schema.json` directly in `dir`, keyed by `<type>`. */
export async function loadSchemaSet(dir: string): Promise<Record<string, object>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(SUFFIX) && entry.name.length > SUFFIX.length)
    .map((entry) => entry.name)
    .sort();
  const schemas = await Promise.all(
    names.map(async (name) => parse(await readFile(join(dir, name), 'utf8'), name)),
  );
  return Object.fromEntries(names.map((name, i) => [name.slice(0, -SUFFIX.length), schemas[i] as object]));
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
