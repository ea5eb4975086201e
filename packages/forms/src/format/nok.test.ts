import { describe, expect, it } from 'vitest';
import { isoToNorwegian, norwegianToIso } from './date.js';
import { formatAmount, parseAmount, reformatKeepingCaret } from './nok.js';

describe('NOK amounts', () => {
  it('groups thousands with spaces and stores the integer', () => {
    expect(formatAmount(1125000)).toBe('1 125 000');
    expect(formatAmount(650)).toBe('650');
    expect(formatAmount(undefined)).toBe('');
    expect(parseAmount('1 125 000')).toBe(1125000);
    expect(parseAmount('kr 20.000')).toBe(20000);
    expect(parseAmount('')).toBeUndefined();
  });

  it('keeps the caret after the digit it followed when the grouping shifts', () => {
    // "112500|0" → typing the 7th digit regroups to "1 125 000"; caret stays before the last zero.
    expect(reformatKeepingCaret('1125000', 6)).toEqual({ text: '1 125 000', caret: 8 });
    expect(reformatKeepingCaret('12 3456', 7)).toEqual({ text: '123 456', caret: 7 });
  });
});

describe('dates', () => {
  it('reads Norwegian dates into ISO and back', () => {
    expect(norwegianToIso('3.1.2025')).toBe('2025-01-03');
    expect(norwegianToIso('2025-01-03')).toBe('2025-01-03');
    expect(norwegianToIso('')).toBeUndefined();
    expect(norwegianToIso('i morgen')).toBe('i morgen');
    expect(isoToNorwegian('2025-01-03')).toBe('03.01.2025');
  });
});
