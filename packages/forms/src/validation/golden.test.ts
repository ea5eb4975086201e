// @vitest-environment node
import { detectDocumentType } from '@sosialtilskudd/domain';
import { issueKeys, loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { isFormDocumentType } from '../documents.js';
import { validateForm } from './validate-form.js';

const { valid, invalid } = loadGoldenFixtures();
const formCases = (cases: typeof valid) =>
  cases.flatMap((c) => {
    const type = c.type ?? detectDocumentType(c.document);
    return isFormDocumentType(type) ? [[c.name, c, type] as const] : [];
  });

const callIdOf = (doc: unknown) => {
  const d = doc as { callId?: unknown; case?: { callId?: unknown } };
  const id = d.callId ?? d.case?.callId;
  return typeof id === 'string' ? id : undefined;
};

describe('the form layer judges the golden fixtures exactly as the server does', () => {
  it('covers every form document type', () => {
    const types = new Set(formCases(invalid).map(([, , t]) => t));
    expect([...types].sort()).toEqual([
      'acceptance',
      'application',
      'assessment',
      'final-report',
      'status-report',
      'transfer-request',
    ]);
  });

  it.each(formCases(valid))('valid: %s', (_n, c, type) => {
    expect(validateForm(type, c.document, { callId: callIdOf(c.document), context: c.context })).toEqual([]);
  });

  it.each(formCases(invalid))('invalid: %s', (_n, c, type) => {
    const issues = validateForm(type, c.document, { callId: callIdOf(c.document), context: c.context });
    expect(issueKeys(issues)).toEqual(issueKeys(c.expected));
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });
});
