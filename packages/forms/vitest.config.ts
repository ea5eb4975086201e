import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: {
    name: 'forms',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['./src/test-support/setup.ts'],
  },
});
