import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGeneratedPath, renderSchemaFiles } from './json-schemas.ts';

const root = fileURLToPath(new URL('../../../schemas/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' ? [] : e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const files = renderSchemaFiles();
// Remove generated files the source no longer produces, so a removed document type disappears too.
for (const file of listFiles(root)) {
  const path = relative(root, file);
  if (isGeneratedPath(path) && !files.has(path)) rmSync(file);
}
for (const [path, content] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`schemas/: wrote ${files.size} files`);
