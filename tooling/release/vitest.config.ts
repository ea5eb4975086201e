import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  // Comparing whole OpenAPI documents takes about 3 s alone; on a loaded 2-core machine, past vitest's 5 s default.
  test: { name: 'release', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
