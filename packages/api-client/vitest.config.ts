import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sosialtilskudd/source'] },
  ssr: { resolve: { conditions: ['@sosialtilskudd/source'] } },
  test: {
    name: 'api-client',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
