// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formSchema } from '../documents.js';
import type { FormIssue } from './issue.js';
import { mergeIssues, validateForm } from './validate-form.js';
import { formValidator } from './validator.js';

describe('the precompiled validator', () => {
  it('reports Ajv keywords, which the form words itself', () => {
    const { errors } = formValidator('acceptance').validateFormData({}, formSchema('acceptance'));
    expect(errors.some((e) => e.name === 'required')).toBe(true);
  });

  it('uses the call’s own application schema: 2025 allows no competence funds', () => {
    const schema = formSchema('application', 'utvikling-sosiale-tjenester-2025') as {
      $defs: { Budget: { properties: { competenceFunds: { maximum: number } } } };
    };
    expect(schema.$defs.Budget.properties.competenceFunds.maximum).toBe(0);
    expect(formSchema('application', 'ukjent-utlysning')).toBe(formSchema('application'));
  });
});

describe('validateForm', () => {
  it('gives nynorsk messages when asked', () => {
    const nb = validateForm('acceptance', {}, { language: 'nb' });
    const nn = validateForm('acceptance', {}, { language: 'nn' });
    expect(nb.map((i) => i.code)).toEqual(nn.map((i) => i.code));
    expect(nn.some((i) => i.message.includes('fyllast'))).toBe(true);
  });
});

describe('mergeIssues', () => {
  const ajv = (code: string, path: string, variant = false) => ({
    code,
    path,
    message: `${path}: feil`,
    text: 'feil',
    origin: 'ajv' as const,
    variant,
  });
  const domain = (code: string, path: string): FormIssue => ({
    code,
    path,
    message: 'x',
    text: 'x',
    origin: 'domain',
  });

  it('keeps the domain’s issue where both name the same field', () => {
    expect(mergeIssues([ajv('TOO_BIG', '/a')], [domain('CAP', '/a')]).map((i) => i.code)).toEqual(['CAP']);
  });

  it('keeps Ajv’s issue where the domain is silent, once', () => {
    const merged = mergeIssues([ajv('TOO_BIG', '/b'), ajv('TOO_BIG', '/b')], [domain('CAP', '/a')]);
    expect(merged.map((i) => `${i.code} ${i.path}`)).toEqual(['CAP /a', 'TOO_BIG /b']);
  });

  it('drops the branch noise of a oneOf the domain explains', () => {
    const merged = mergeIssues(
      [ajv('INVALID_VARIANT', '/r', true), ajv('REQUIRED', '/r/x', true), ajv('REQUIRED', '/s')],
      [domain('INVALID_VARIANT', '/r/status')],
    );
    expect(merged.map((i) => i.path)).toEqual(['/r/status', '/s']);
  });
});
