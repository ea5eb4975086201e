import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: { name: 'api-contract', include: ['src/**/*.test.ts'] },
});
