import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';
import { declaredProblems, type Operation, PROBLEM_STATUSES } from './operation.js';
import { OPERATIONS } from './operations/index.js';

const entries = Object.entries(OPERATIONS) as [string, Operation][];

describe('the operation table', () => {
  it('has one operation per method and path', () => {
    const keys = entries.map(([, op]) => `${op.method} ${op.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(entries)('%s declares exactly the parameters its path names', (_id, op) => {
    const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(Object.keys(op.params?.shape ?? {})).toEqual(inPath);
  });

  it.each(entries)(
    '%s answers with a declared success and declares the statuses the framework gives',
    (_id, op) => {
      expect(Object.keys(op.responses).every((s) => /^2\d\d$/.test(s))).toBe(true);
      const problems = declaredProblems(op);
      expect(problems).toEqual(expect.arrayContaining([400, 431, 500, 503]));
      if (op.params) expect(problems).toContain(414);
      if (op.method !== 'get') expect(problems).toEqual(expect.arrayContaining([413, 415]));
      if (op.security === 'bearer') expect(problems).toContain(401);
      expect(problems.includes(429)).toBe(op.security === 'none' && op.rateLimit !== 'unlimited');
    },
  );

  it('puts every operation in the document, under its id, with every declared answer', () => {
    const paths = openApiDocument().paths as Record<
      string,
      Record<string, { operationId: string; responses: Record<string, unknown> }>
    >;
    for (const [id, op] of entries) {
      const described = paths[op.path]?.[op.method];
      expect(described?.operationId).toBe(id);
      expect(Object.keys(described?.responses ?? {}).map(Number)).toEqual([
        ...Object.keys(op.responses).map(Number),
        ...declaredProblems(op),
      ]);
    }
    const components = (openApiDocument().components as { responses: Record<string, unknown> }).responses;
    expect(Object.keys(components)).toEqual(Object.keys(PROBLEM_STATUSES).map((s) => `Problem${s}`));
  });
});
