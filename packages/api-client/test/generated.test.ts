import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderTypes } from '../scripts/render-types.js';

it('src/generated/openapi.ts matches schemas/openapi.json', async () => {
  const onDisk = readFileSync(new URL('../src/generated/openapi.ts', import.meta.url), 'utf8');
  expect(onDisk === (await renderTypes()), 'src/generated/openapi.ts is stale: run pnpm generate').toBe(true);
});
