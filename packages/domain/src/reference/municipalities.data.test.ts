import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES_2024, MUNICIPALITY_SOURCE } from './municipalities.data.js';

const EXPECTED_PER_COUNTY: Readonly<Record<string, number>> = {
  '03': 1, // Oslo
  '11': 23, // Rogaland
  '15': 27, // Møre og Romsdal
  '18': 41, // Nordland
  '31': 12, // Østfold
  '32': 21, // Akershus
  '33': 18, // Buskerud
  '34': 46, // Innlandet
  '39': 6, // Vestfold
  '40': 17, // Telemark
  '42': 25, // Agder
  '46': 43, // Vestland
  '50': 38, // Trøndelag
  '55': 21, // Troms
  '56': 18, // Finnmark
};

const numbers = MUNICIPALITIES_2024.map(([number]) => number);
const names = MUNICIPALITIES_2024.map(([, name]) => name);
const byNumber = new Map(MUNICIPALITIES_2024);

describe('MUNICIPALITIES_2024', () => {
  it('names its source', () => {
    expect(MUNICIPALITY_SOURCE.classification).toBe('SSB Klass 131');
    expect(MUNICIPALITY_SOURCE.validFrom).toBe('2024-01-01');
  });

  it('has exactly 357 municipalities', () => {
    expect(MUNICIPALITIES_2024).toHaveLength(357);
  });

  it('has unique four-digit numbers', () => {
    for (const number of numbers) expect(number).toMatch(/^\d{4}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('is sorted by kommunenummer', () => {
    expect(numbers).toEqual([...numbers].sort());
  });

  it('has the expected number of municipalities per county, and no other county numbers', () => {
    const counts: Record<string, number> = {};
    for (const number of numbers) {
      const county = number.slice(0, 2);
      counts[county] = (counts[county] ?? 0) + 1;
    }
    expect(counts).toEqual(EXPECTED_PER_COUNTY);
    expect(Object.values(EXPECTED_PER_COUNTY).reduce((a, b) => a + b, 0)).toBe(357);
  });

  it('has unique, non-empty, trimmed names', () => {
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name).toBe(name.trim());
      expect(name).not.toMatch(/\s{2}/);
      expect(name.normalize('NFC')).toBe(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['0301', 'Oslo'],
    ['1103', 'Stavanger'],
    ['1508', 'Ålesund'],
    ['1580', 'Haram'],
    ['1804', 'Bodø'],
    ['3101', 'Halden'],
    ['3201', 'Bærum'],
    ['3301', 'Drammen'],
    ['3401', 'Kongsvinger'],
    ['3901', 'Horten'],
    ['4001', 'Porsgrunn'],
    ['4204', 'Kristiansand'],
    ['4601', 'Bergen'],
    ['5001', 'Trondheim - Tråante'],
    ['5501', 'Tromsø'],
    ['5601', 'Alta'],
    ['5610', 'Kárášjohka - Karasjok'],
    ['5612', 'Guovdageaidnu - Kautokeino'],
    ['1515', 'Herøy (Møre og Romsdal)'],
    ['1818', 'Herøy (Nordland)'],
  ])('%s is %s', (number, name) => {
    expect(byNumber.get(number)).toBe(name);
  });

  it('does not contain the numbers retired by the 2024 county split or the Ålesund split', () => {
    for (const retired of ['1507', '3001', '3024', '3801', '3806', '5401', '5403']) {
      expect(byNumber.has(retired)).toBe(false);
    }
    expect(byNumber.has('9999')).toBe(false);
  });
});
