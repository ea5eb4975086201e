import type { RJSFSchema } from '@rjsf/utils';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderThemed } from '../../test-support/render-form.js';

const amountSchema: RJSFSchema = {
  type: 'object',
  properties: { amount: { type: 'integer', title: 'Lønn (kr)' } },
} as const;

describe('NokWidget', () => {
  it('shows thousand separators while typing and stores the integer', async () => {
    const onChange = vi.fn();
    renderThemed(amountSchema, { amount: { 'ui:widget': 'nok' } }, { onChange });
    const input = screen.getByLabelText(/^Lønn \(kr\)/) as HTMLInputElement;
    await userEvent.type(input, '1125000');
    expect(input.value).toBe('1 125 000');
    expect(onChange).toHaveBeenLastCalledWith({ amount: 1125000 });
  });

  it('formats a stored amount', () => {
    renderThemed(amountSchema, { amount: { 'ui:widget': 'nok' } }, { formData: { amount: 650000 } });
    expect((screen.getByLabelText(/^Lønn \(kr\)/) as HTMLInputElement).value).toBe('650 000');
  });
});

const idSchema: RJSFSchema = {
  type: 'object',
  properties: {
    organisationNumber: { type: 'string', title: 'Organisasjonsnummer' },
    accountNumber: { type: 'string', title: 'Kontonummer' },
  },
};
const idUi = {
  organisationNumber: { 'ui:widget': 'organisationNumber' },
  accountNumber: { 'ui:widget': 'accountNumber' },
};

describe('checksum widgets', () => {
  it('count down the digits, then confirm a valid organisation number', async () => {
    renderThemed(idSchema, idUi);
    const input = screen.getByLabelText(/^Organisasjonsnummer/);
    await userEvent.type(input, '9880');
    expect(screen.getByText('5 siffer igjen')).toBeTruthy();
    await userEvent.type(input, '77917');
    expect(screen.getByText('Kontrollsifferet stemmer')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('tell a number Enhetsregisteret would not issue from one with a wrong check digit', async () => {
    renderThemed(idSchema, idUi);
    const input = screen.getByLabelText(/^Organisasjonsnummer/);
    await userEvent.type(input, '123456785');
    expect(
      screen.getByText('Organisasjonsnummeret må begynne med 8 eller 9, slik Enhetsregisteret tildeler dem'),
    ).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('flag a wrong check digit as an error on the field', async () => {
    renderThemed(idSchema, idUi);
    const input = screen.getByLabelText(/^Organisasjonsnummer/);
    await userEvent.type(input, '988077918');
    expect(
      screen.getByText('Kontrollsifferet stemmer ikke: sjekk at alle ni sifrene er riktige'),
    ).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('accept an account number written with dots and store the eleven digits', async () => {
    const onChange = vi.fn();
    renderThemed(idSchema, idUi, { onChange });
    await userEvent.type(screen.getByLabelText(/^Kontonummer/), '8601.11.17947');
    expect(onChange).toHaveBeenLastCalledWith({ accountNumber: '86011117947' });
    expect(screen.getByText('Kontrollsifferet stemmer')).toBeTruthy();
  });

  it('speak nynorsk when the form does', async () => {
    renderThemed(idSchema, idUi, { language: 'nn' });
    await userEvent.type(screen.getByLabelText(/^Kontonummer/), '86011');
    expect(screen.getByText('6 siffer att')).toBeTruthy();
  });
});

describe('DateWidget', () => {
  it('takes dd.mm.åååå and stores ISO', async () => {
    const onChange = vi.fn();
    renderThemed(
      { type: 'object', properties: { d: { type: 'string', format: 'date', title: 'Dato' } } },
      { d: { 'ui:widget': 'date' } },
      { onChange },
    );
    await userEvent.type(screen.getByLabelText(/Dato/), '31.01.2025');
    expect(onChange).toHaveBeenLastCalledWith({ d: '2025-01-31' });
  });

  it('keeps a date that does not exist as typed, for the check to name, instead of failing', async () => {
    const onChange = vi.fn();
    renderThemed(
      { type: 'object', properties: { d: { type: 'string', format: 'date', title: 'Dato' } } },
      { d: { 'ui:widget': 'date' } },
      { onChange },
    );
    await userEvent.type(screen.getByLabelText(/Dato/), '32.01.2025');
    expect(onChange).toHaveBeenLastCalledWith({ d: '2025-01-32' });
    expect((screen.getByLabelText(/Dato/) as HTMLInputElement).value).toBe('32.01.2025');
  });
});
