import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from './generated-files.js';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
rmSync(outDir, { recursive: true, force: true });
for (const [path, content] of renderGeneratedFiles()) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`Skrev ${outDir}`);
