import { act, fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountsTableSchema } from '../test-support/accounts-table.js';
import { renderThemed, themedForm } from '../test-support/render-form.js';
import { COMMIT_DELAY_MS } from './TableField.js';

const schema = accountsTableSchema(true);
const uiSchema = { lines: { 'ui:field': 'table', items: { id: { 'ui:widget': 'hidden' } } } };
const lines = [
  { id: 'a', label: 'Lønn', budgeted: 600000, actual: 590000 },
  { id: 'b', label: 'Kurs', budgeted: 20000, actual: 25000 },
];

const totals = () => within(screen.getByText('Sum').closest('tr') as HTMLElement).getAllByRole('cell');

describe('TableField', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('renders a row per line with column totals, the id column hidden', () => {
    renderThemed(schema, uiSchema, { formData: { lines } });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Rad',
      'Post',
      'Budsjett (kr)',
      'Regnskap (kr)',
      'Kommentar til avvik',
      'Handlinger',
    ]);
    expect(totals().map((c) => c.textContent)).toEqual(['', '620 000', '615 000', '', '']);
    expect((screen.getByLabelText('Budsjett (kr), rad 2') as HTMLInputElement).value).toBe('20 000');
  });

  it('updates the totals at once and commits to RJSF after a pause', async () => {
    const onChange = vi.fn();
    renderThemed(schema, uiSchema, { formData: { lines }, onChange });
    const cell = screen.getByLabelText('Regnskap (kr), rad 2');
    fireEvent.change(cell, { target: { value: '30 000', selectionStart: 6 } });
    expect(totals()[2]?.textContent).toBe('620 000');
    expect(onChange).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(COMMIT_DELAY_MS + 10));
    expect(onChange).toHaveBeenLastCalledWith({ lines: [lines[0], { ...lines[1], actual: 30000 }] });
  });

  it('keeps what was typed after a commit when RJSF echoes the committed rows back', async () => {
    const view = renderThemed(schema, uiSchema, { formData: { lines } });
    const cell = () => screen.getByLabelText('Post, rad 1') as HTMLInputElement;
    fireEvent.change(cell(), { target: { value: 'Lønn A' } });
    await act(() => vi.advanceTimersByTimeAsync(COMMIT_DELAY_MS + 10));
    fireEvent.change(cell(), { target: { value: 'Lønn AB' } });
    // The echo of the first commit arrives late, as a clone.
    view.rerender(
      themedForm(schema, uiSchema, { formData: { lines: [{ ...lines[0], label: 'Lønn A' }, lines[1]] } }),
    );
    expect(cell().value).toBe('Lønn AB');
    // A real change from outside (another draft) still replaces the rows.
    view.rerender(themedForm(schema, uiSchema, { formData: { lines: [lines[1]] } }));
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('adds a row with a fresh line id and focuses it, removes a row, and commits both at once', async () => {
    const onChange = vi.fn();
    renderThemed(schema, uiSchema, { formData: { lines }, onChange });
    await userEvent.click(screen.getByRole('button', { name: 'Legg til rad' }));
    expect(onChange).toHaveBeenLastCalledWith({ lines: [...lines, { id: 'linje-3' }] });
    expect(document.activeElement).toBe(screen.getByLabelText('Post, rad 3'));
    await userEvent.click(screen.getByRole('button', { name: 'Fjern rad 1' }));
    expect(onChange).toHaveBeenLastCalledWith({ lines: [lines[1], { id: 'linje-3' }] });
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('shows a cell’s error beside it, tied to the input', () => {
    renderThemed(schema, uiSchema, {
      formData: { lines },
      extraErrors: { lines: { 1: { actual: { __errors: ['Regnskap (kr): Feltet må fylles ut'] } } } },
    });
    const cell = screen.getByLabelText('Regnskap (kr), rad 2');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(cell.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /fylles ut/,
    );
  });
});
