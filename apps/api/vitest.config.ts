import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    // Each file starts its own embedded database (about 3 s); the machine has two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
