import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: {
    name: 'forms',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    // Rendering whole forms in jsdom takes seconds on a loaded 2-core CI machine.
    testTimeout: 30_000,
    setupFiles: ['./src/test-support/setup.ts'],
  },
});
