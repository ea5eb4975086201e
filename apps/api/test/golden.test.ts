import { validateDocument } from '@sosialtilskudd/domain';
import { issueKeys, loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

const { valid, invalid } = loadGoldenFixtures();
const cases = [...valid, ...invalid];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('golden fixtures through POST /v1/validations', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/validations',
      payload: {
        document: c.document,
        ...(c.type ? { type: c.type } : {}),
        ...(c.context ? { context: c.context } : {}),
      },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json() as { issues: { code: string; path: string }[]; notChecked: string[] };
    expect(issueKeys(result.issues)).toEqual(issueKeys(c.expected));
    expect([...result.notChecked].sort()).toEqual([...c.notChecked].sort());
    const domain = validateDocument(c.document, {
      ...(c.type ? { type: c.type } : {}),
      ...(c.context ? { context: c.context } : {}),
    });
    expect(issueKeys(result.issues)).toEqual(issueKeys(domain.issues));
  });
});

describe('golden applications whose structure is wrong are refused as drafts with the same codes', () => {
  const structural = invalid.filter(
    (c) =>
      (c.type ?? (c.document as { documentType?: string } | null)?.documentType) === 'application' &&
      !validateDocument(c.document, { type: 'application' }).value,
  );

  it('there are such fixtures', () => expect(structural.length).toBeGreaterThan(5));

  it.each(structural.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/applications',
      headers: { authorization: `Bearer ${await api.token('nav-gjovik')}` },
      payload: c.document as object,
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(issueKeys(response.json().issues)).toEqual(issueKeys(c.expected));
  });
});
