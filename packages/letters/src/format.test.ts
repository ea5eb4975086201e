import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatOrganisationNumber, formatPeriod, joinSections } from './format.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Norwegian formatting', () => {
  it('writes dates as "15. mars 2025" that never split', () => {
    expect(formatDate('2025-03-15')).toBe('15.\u00a0mars\u00a02025');
    expect(plain(formatDate('2026-02-01'))).toBe('1. februar 2026');
    expect(plain(formatDate('2023-12-31'))).toBe('31. desember 2023');
    expect(plain(formatPeriod('2025-04-01', '2026-03-31'))).toBe('1. april 2025 – 31. mars 2026');
  });

  it('groups amounts by thousands and keeps "kr" with the number', () => {
    expect(formatAmount(1_125_000)).toBe('1\u00a0125\u00a0000\u00a0kr');
    expect(plain(formatAmount(0))).toBe('0 kr');
    expect(plain(formatAmount(20_000))).toBe('20 000 kr');
  });

  it('groups organisation numbers in threes', () => {
    expect(plain(formatOrganisationNumber('974541254'))).toBe('974 541 254');
  });

  it('joins sections as a Norwegian list', () => {
    expect(plain(joinSections(['§ 5']))).toBe('§ 5');
    expect(plain(joinSections(['§ 5', '§ 8']))).toBe('§ 5 og § 8');
    expect(plain(joinSections(['§ 5', '§ 8', '§ 10']))).toBe('§ 5, § 8 og § 10');
  });
});
