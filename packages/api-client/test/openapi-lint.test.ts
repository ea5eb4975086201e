import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { expect, it } from 'vitest';

const openApiPath = createRequire(import.meta.url).resolve('@sosialtilskudd/json-schemas/openapi.json');

it('openapi.json passes Redocly’s recommended rules', async () => {
  const config = await createConfig({
    extends: ['recommended'],
    // A health check has no client errors to describe.
    rules: { 'operation-4xx-response': 'off' },
  });
  const problems = await lintFromString({
    source: readFileSync(openApiPath, 'utf8'),
    absoluteRef: openApiPath,
    config,
  });
  expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
});
