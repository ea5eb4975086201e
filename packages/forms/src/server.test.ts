// @vitest-environment node
import { exampleDocument } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { FORM_DOCUMENT_TYPES } from './documents.js';
import { renderFormToHtml } from './server.js';

describe('renderFormToHtml', () => {
  it.each(FORM_DOCUMENT_TYPES)('renders %s as HTML in Node', (type) => {
    const html = renderFormToHtml(type, exampleDocument(type, 'utvikling-sosiale-tjenester-2025'));
    expect(html).toMatch(/^<div class="stfs-form" lang="nb">/);
    expect(html).toContain('<h1');
  });

  it('shows the amounts with thousand separators and the wizard’s summary on the last step', () => {
    const doc = exampleDocument('application', 'utvikling-sosiale-tjenester-2025');
    const html = renderFormToHtml('application', doc, { callId: doc.callId, initialStep: 5, language: 'nn' });
    expect(html).toContain('lang="nn"');
    expect(html).toContain('Oppsummering');
    expect(html).toMatch(/value="\d{1,3}( \d{3})+"/);
  });

  it('renders an empty form when given no data', () => {
    expect(renderFormToHtml('acceptance')).toContain('Kontonummer for utbetaling');
  });

  it('refuses an unknown document type with a Norwegian message', () => {
    expect(() => renderFormToHtml('grant-letter')).toThrow(/Ukjent skjema «grant-letter»/);
  });
});
