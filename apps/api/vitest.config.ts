import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    // Each file starts its own embedded database (about 3 s), and some start API processes: 72–132 s seen for a
    // 20 s test at load 30 on two cores. The limit only catches a hang.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
