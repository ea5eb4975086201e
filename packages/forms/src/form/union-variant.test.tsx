import { exampleApplication, exampleNotStartedReport, exampleStatusReport } from '@sosialtilskudd/domain';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DocumentForm } from './DocumentForm.js';

// The run-time Ajv is what a strict Content-Security-Policy forbids in the browser (it compiles with
// `new Function`): here any use of it fails, so the form must manage with its precompiled validators alone.
vi.mock('@rjsf/validator-ajv8', async (original) => ({
  ...(await original<typeof import('@rjsf/validator-ajv8')>()),
  customizeValidator: () => {
    throw new Error('a schema was compiled at run time');
  },
}));

describe('a union in a form', { timeout: 30_000 }, () => {
  it('shows the variant the data is in, without compiling a schema at run time', () => {
    render(<DocumentForm documentType="status-report" formData={exampleNotStartedReport()} />);
    expect(screen.getByLabelText(/Hvorfor tiltaket ikke har startet/)).toBeDefined();
    expect(screen.queryByLabelText(/Status for gjennomføring/)).toBeNull();
  });

  it('and the other variant for the full report', () => {
    render(<DocumentForm documentType="status-report" formData={exampleStatusReport()} />);
    expect(screen.getByLabelText(/Status for gjennomføring/)).toBeDefined();
  });
});

describe('the choice between variants', { timeout: 30_000 }, () => {
  it('names each variant in nynorsk, and the chosen variant’s fields too', () => {
    render(<DocumentForm documentType="application" formData={exampleApplication()} language="nn" />);
    const picker = screen.getByRole('combobox', { name: 'Mottakar' });
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Vel',
      'Statsforvaltaren',
      'Arbeids- og velferdsdirektoratet',
    ]);
    expect(screen.getByRole('combobox', { name: 'Statsforvaltar' })).toBeDefined();
  });
});
