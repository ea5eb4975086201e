import { exampleDocument } from '@sosialtilskudd/domain';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DocumentForm } from './DocumentForm.js';

const CALL = 'utvikling-sosiale-tjenester-2025';

describe('the application wizard', { timeout: 30_000 }, () => {
  it('walks Nav-kontor → tiltaket → beskrivelse → budsjett → andre tilskudd → oppsummering', async () => {
    const application = exampleDocument('application', CALL);
    const onSubmit = vi.fn();
    render(
      <DocumentForm documentType="application" callId={CALL} formData={application} onSubmit={onSubmit} />,
    );
    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      titles.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    }
    titles.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
    expect(titles).toEqual([
      'Nav-kontor',
      'Tiltaket',
      'Beskrivelse',
      'Budsjett',
      'Andre tilskudd',
      'Oppsummering',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledWith(application);
  });

  it('the summary’s button says what it does when that is not sending in (the portal: «Send til signering»)', async () => {
    const application = exampleDocument('application', CALL);
    const onSubmit = vi.fn();
    render(
      <DocumentForm
        documentType="application"
        callId={CALL}
        formData={application}
        initialStep={5}
        submitLabel="Send til signering"
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Send inn' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send til signering' }));
    expect(onSubmit).toHaveBeenCalledWith(application);
  });

  it('shows the fields of the sending itself on the last step only, above its button', async () => {
    const application = exampleDocument('application', CALL);
    const form = (initialStep: number) => (
      <DocumentForm
        documentType="application"
        callId={CALL}
        formData={application}
        initialStep={initialStep}
        beforeSubmit={<label htmlFor="varsel">Varsel</label>}
      />
    );
    // The step before the summary has no such fields.
    const before = render(form(4));
    expect(screen.queryByText('Varsel')).toBeNull();
    before.unmount();
    render(form(5));
    const field = screen.getByText('Varsel');
    const button = screen.getByRole('button', { name: 'Send inn' });
    expect(field.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('stops on a step with errors, lists them in an ErrorSummary linked to the fields, and focuses it', async () => {
    render(
      <DocumentForm
        documentType="application"
        callId={CALL}
        formData={{ applicant: { address: { city: 'Gjøvik' } } }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await act(() => new Promise((r) => setTimeout(r, 5)));
    const summary = screen
      .getByText('Du må rette disse feilene før du kan gå videre:')
      .closest('div') as HTMLElement;
    expect(summary.contains(document.activeElement)).toBe(true);
    const link = within(summary).getByRole('link', { name: /Nav-kontorets navn/ });
    expect(link.getAttribute('href')).toBe('#root_applicant_name');
    expect(document.getElementById('root_applicant_name')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('stfs-step-heading')?.textContent).toBe('Nav-kontor');
  });

  it('shows labels and help texts in nynorsk', () => {
    render(<DocumentForm documentType="application" callId={CALL} formData={{}} language="nn" />);
    expect(screen.getByLabelText(/Namnet på Nav-kontoret/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neste' })).toBeTruthy();
  });

  it('reports every change with the document it stands for, for autosave', async () => {
    const onChange = vi.fn();
    render(<DocumentForm documentType="application" callId={CALL} formData={{}} onChange={onChange} />);
    await userEvent.type(screen.getByLabelText(/Nav-kontorets navn/), 'Nav Gjøvik');
    const last = onChange.mock.calls.at(-1)?.[0];
    expect(last.document.applicant).toEqual({ name: 'Nav Gjøvik' });
    // The constants of the schema come filled in: the portal never types them.
    expect(last.document).toMatchObject({ documentType: 'application', schemaVersion: 2, callId: CALL });
    expect(last.step).toBe(0);
  });
});

describe('the status report', () => {
  it('shows the accounts as a table with totals', () => {
    const report = exampleDocument('status-report', CALL);
    render(<DocumentForm documentType="status-report" formData={report} />);
    const table = screen.getByRole('table', { name: 'Regnskapslinjer' });
    expect(within(table).getByText('Sum')).toBeTruthy();
  });
});

describe('choices from a list', { timeout: 30_000 }, () => {
  it('shows the priority areas and allocation criteria as checkboxes, ticked from the data, and records a tick', async () => {
    const application = exampleDocument('application', CALL);
    const onChange = vi.fn();
    render(
      <DocumentForm
        documentType="application"
        callId={CALL}
        formData={application}
        initialStep={1}
        onChange={onChange}
      />,
    );
    const areas = screen.getByRole('group', { name: /Prioriterte områder/ });
    const boxes = within(areas).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThanOrEqual(application.priorityAreas.length);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(
      application.priorityAreas.length,
    );
    const criteria = within(screen.getByRole('group', { name: /Tildelingskriterier/ })).getAllByRole(
      'checkbox',
    );
    expect(criteria.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(
      application.allocationCriteria.length,
    );
    const unticked = boxes.find((b) => !(b as HTMLInputElement).checked);
    if (!unticked) throw new Error('every area was ticked');
    await userEvent.click(unticked);
    const last = onChange.mock.calls.at(-1)?.[0] as { formData: { priorityAreas: string[] } };
    expect(last.formData.priorityAreas).toHaveLength(application.priorityAreas.length + 1);
  });

  it('offers the assessment only the priority areas of its call, and keeps a wrong tick in view with its rule', async () => {
    const example = exampleDocument('assessment', CALL);
    const areasOf = () =>
      within(screen.getByRole('group', { name: /^Prioriterte områder tiltaket svarer på/ }))
        .getAllByRole('checkbox')
        .map((b) => b.getAttribute('value'));
    const { unmount } = render(
      <DocumentForm documentType="assessment" callId={CALL} formData={example} initialStep={1} />,
    );
    // The 2025 call's three specially prioritised and four other areas, not 2022's or the other scheme's.
    expect(areasOf()).toHaveLength(7);
    expect(areasOf()).not.toContain('videreforing-stillinger');
    expect(screen.queryByText('Videreføring av eksisterende stillinger i kommunalt rusarbeid')).toBeNull();
    unmount();

    const wrong = {
      ...example,
      priorityFit: {
        ...example.priorityFit,
        areas: [...example.priorityFit.areas, 'videreforing-stillinger'],
      },
    };
    render(<DocumentForm documentType="assessment" callId={CALL} formData={wrong} initialStep={1} />);
    expect(areasOf()).toContain('videreforing-stillinger');
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    expect(
      screen.getByRole('link', { name: /er ikke et prioritert område i utlysningen for 2025/ }),
    ).toBeTruthy();
  });
});

describe('the transfer request', { timeout: 30_000 }, () => {
  // What the Nav office sends: the county office's decision is not part of the office's form (§ 10).
  const request = () => {
    const { decision: _decision, ...rest } = exampleDocument('transfer-request', CALL);
    return rest;
  };

  it('sends the request without a decision the office never saw', async () => {
    const onSubmit = vi.fn();
    const { reason, ...started } = request();
    render(<DocumentForm documentType="transfer-request" formData={started} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Hvorfor midlene ikke er brukt/), reason);
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(screen.queryByText(/Beslutning om overføring/)).toBeNull();
    expect(onSubmit).toHaveBeenCalledWith(request());
  });
});

describe('the assessment', { timeout: 30_000 }, () => {
  it('leaves each exclusion unanswered until the caseworker answers it, and asks for it in words', async () => {
    const started = { ...exampleDocument('assessment', CALL), exclusions: {} };
    const onChange = vi.fn();
    render(
      <DocumentForm
        documentType="assessment"
        callId={CALL}
        formData={started}
        initialStep={1}
        onChange={onChange}
      />,
    );
    // Not «Nei» from the start: ASSESSMENT_EXCLUSION_UNCHECKED asks that each be checked.
    const applies = screen.getAllByRole('radiogroup', { name: /Gjelder søknaden/ });
    expect(applies).toHaveLength(3);
    for (const group of applies) expect(within(group).queryByRole('radio', { checked: true })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    expect(
      screen.getByRole('link', {
        name: /Kontroller om søknaden faller inn under «Implementering av ferdig utviklede metoder/,
      }),
    ).toBeTruthy();

    for (const group of screen.getAllByRole('radiogroup', { name: /Gjelder søknaden/ }))
      await userEvent.click(within(group).getByRole('radio', { name: 'Nei' }));
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Innstilling');
    const last = onChange.mock.calls.at(-1)?.[0] as { document: { exclusions: unknown } };
    expect(last.document.exclusions).toEqual({
      'ferdig-utviklede-metoder': { applies: false },
      'kun-kapasitetsokning': { applies: false },
      'direkte-utbetaling-til-bruker': { applies: false },
    });
  });
});

describe('an issue at a choice between variants', { timeout: 30_000 }, () => {
  it('is shown at the picker: a grant proposed despite an exclusion, at «Innstilling»', async () => {
    const example = exampleDocument('assessment', CALL);
    const excluded = {
      ...example,
      exclusions: { ...example.exclusions, 'kun-kapasitetsokning': { applies: true } },
    };
    render(<DocumentForm documentType="assessment" callId={CALL} formData={excluded} initialStep={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    const picker = screen.getByRole('combobox', { name: 'Innstilling' });
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    const described = (picker.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toMatch(
      /faller inn under «Søknader som kun beskriver kapasitetsøkning i tjenesten» og kan ikke innstilles på tilskudd/,
    );
    // Named once, not «Innstilling – Innstilling».
    await userEvent.click(screen.getByRole('link', { name: /^Innstilling: Søknaden faller inn under/ }));
    await vi.waitFor(() => expect(document.activeElement).toBe(picker));
  });
});
