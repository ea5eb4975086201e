import { defineConfig } from 'vitest/config';

// One run over every workspace project: `pnpm vitest` at the root. `pnpm test` runs the same
// projects through Turborepo so unchanged packages are cache hits.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'schemas', 'tooling/release', 'tooling/chromium'],
  },
});
