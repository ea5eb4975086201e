import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The setup file hands every form over at once; these tests take fresh modules, where nothing is loaded yet.
beforeEach(() => {
  vi.resetModules();
});

describe('forms load on first use', () => {
  it('a schema is there only after loadForm, and only for the form asked for', async () => {
    const forms = await import('../documents.js');
    expect(forms.isFormLoaded('acceptance')).toBe(false);
    expect(() => forms.formSchema('acceptance')).toThrow(/loadForm\('acceptance'\)/);
    await forms.loadForm('acceptance');
    expect(forms.formSchema('acceptance').$id).toMatch(/\/acceptance\.schema\.json$/);
    expect(forms.isFormLoaded('application', 'utvikling-sosiale-tjenester-2025')).toBe(false);
    expect(forms.isFormLoaded('status-report')).toBe(false);
  });

  it('an application under a call loads that call’s schema, with its cap', async () => {
    const forms = await import('../documents.js');
    await forms.loadForm('application', 'utvikling-sosiale-tjenester-2025');
    expect(forms.isFormLoaded('application')).toBe(false);
    const schema = forms.formSchema('application', 'utvikling-sosiale-tjenester-2025');
    expect(JSON.stringify(schema)).toContain('750000');
  });

  it('DocumentForm shows a loader, then the form', async () => {
    const { DocumentForm } = await import('./DocumentForm.js');
    render(<DocumentForm documentType="transfer-request" language="nn" />);
    expect(screen.getByTitle('Lastar skjemaet …')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByTitle('Lastar skjemaet …')).toBeNull();
  });

  it('a form that does not exist is refused', async () => {
    const forms = await import('../documents.js');
    await expect(forms.loadForm('grant-letter' as never)).rejects.toThrow(RangeError);
  });
});
