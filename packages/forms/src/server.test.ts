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

describe('the assessment form (the county office’s vurdering)', () => {
  const doc = exampleDocument('assessment', 'utvikling-sosiale-tjenester-2025');
  const render = (language: 'nb' | 'nn') =>
    renderFormToHtml('assessment', doc, { callId: doc.callId, language, initialStep: 0 });

  it('scores every § 5 criterion on the stated scale, in bokmål and nynorsk', () => {
    expect(render('nb')).toContain('3 – I stor grad');
    expect(render('nb')).toContain('Samarbeid mellom tjenester');
    expect(render('nn')).toContain('0 – Ikkje teke vare på');
    expect(render('nn')).toContain('Samarbeid mellom tenester');
    expect(render('nn')).toContain('Grunngiving');
  });

  it('does not call a justification optional: ASSESSMENT_SCORE_UNJUSTIFIED asks for every one', () => {
    expect(render('nb')).toContain('Begrunnelse');
    expect(render('nb')).not.toContain('Begrunnelse (valgfritt)');
    expect(render('nn')).not.toContain('Grunngiving (valfritt)');
  });
});
