import { defineProject } from 'vitest/config';

export default defineProject({
  // The first run unpacks the npm package's Chromium (about 200 MB) before launching it.
  test: { name: 'chromium', include: ['src/**/*.test.ts'], testTimeout: 120_000 },
});
