import { exampleDocument } from '@sosialtilskudd/domain';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { FORM_DOCUMENT_TYPES } from '../documents.js';
import { FORM_STEPS } from '../ui-schema/steps.js';
import { DocumentForm } from './DocumentForm.js';

const CALL = 'utvikling-sosiale-tjenester-2025';

async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    // jsdom lays nothing out, so contrast cannot be measured here; Aksel's tokens are built to pass it.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const cases = FORM_DOCUMENT_TYPES.flatMap((type) => {
  const summary = FORM_STEPS[type].length - 1;
  return [
    { type, name: 'filled in, first step', data: exampleDocument(type, CALL), step: 0, errors: false },
    { type, name: 'filled in, summary', data: exampleDocument(type, CALL), step: summary, errors: false },
    { type, name: 'empty, errors shown', data: {}, step: 0, errors: true },
    { type, name: 'empty, summary with every error', data: {}, step: summary, errors: true },
  ];
});

describe('axe-core finds no violations', { timeout: 60_000 }, () => {
  it.each(cases.map((c) => [`${c.type}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const { container } = render(
      <main>
        <DocumentForm
          documentType={c.type}
          callId={CALL}
          formData={c.data}
          initialStep={c.step}
          showErrors={c.errors}
        />
      </main>,
    );
    if (c.errors) expect(container.querySelectorAll('.aksel-error-summary a').length).toBeGreaterThan(0);
    if (c.errors && c.step === 0) expect(container.querySelector('[aria-invalid="true"]')).not.toBeNull();
    expect(await violations(container)).toEqual([]);
  });
});
