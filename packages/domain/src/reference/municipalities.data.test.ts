import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES_2024, MUNICIPALITY_SOURCE } from './municipalities.data.js';
import { MUNICIPALITIES_2020, MUNICIPALITY_SOURCE_2020 } from './municipalities-2020.data.js';
import { MUNICIPALITY_CHANGES_2024 } from './municipality-changes-2024.data.js';

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

describe('MUNICIPALITIES_2020 (in force 2020–2023)', () => {
  const byNumber2020 = new Map(MUNICIPALITIES_2020);
  const numbers2020 = MUNICIPALITIES_2020.map(([number]) => number);

  it('names its source and the dates it was in force', () => {
    expect(MUNICIPALITY_SOURCE_2020).toMatchObject({
      classification: 'SSB Klass 131',
      validFrom: '2020-01-01',
      validTo: '2023-12-31',
    });
  });

  it('has exactly 356 municipalities with unique four-digit numbers, sorted', () => {
    expect(MUNICIPALITIES_2020).toHaveLength(356);
    for (const number of numbers2020) expect(number).toMatch(/^\d{4}$/);
    expect(new Set(numbers2020).size).toBe(356);
    expect(numbers2020).toEqual([...numbers2020].sort());
  });

  it('has the eleven counties of the 2020 reform with their number of municipalities', () => {
    const counts: Record<string, number> = {};
    for (const number of numbers2020) counts[number.slice(0, 2)] = (counts[number.slice(0, 2)] ?? 0) + 1;
    expect(counts).toEqual({
      '03': 1,
      '11': 23,
      '15': 26,
      '18': 41,
      '30': 51,
      '34': 46,
      '38': 23,
      '42': 25,
      '46': 43,
      '50': 38,
      '54': 39,
    });
  });

  it.each([
    ['3001', '3101', 'Halden'],
    ['3005', '3301', 'Drammen'],
    ['3020', '3207', 'Nordre Follo'],
    ['3024', '3201', 'Bærum'],
    ['3025', '3203', 'Asker'],
    ['3030', '3205', 'Lillestrøm'],
    ['3053', '3236', 'Jevnaker'],
    ['3054', '3234', 'Lunner'],
    ['3801', '3901', 'Horten'],
    ['3806', '4001', 'Porsgrunn'],
    ['3817', '4020', 'Midt-Telemark'],
    ['5401', '5501', 'Tromsø'],
    ['5403', '5601', 'Alta'],
    ['5444', '5605', 'Sør-Varanger'],
    ['1507', '1508', 'Ålesund'],
  ])('%s became %s (%s) in 2024', (before, after, name) => {
    expect(MUNICIPALITY_CHANGES_2024.renumbered).toContainEqual([before, after]);
    expect(byNumber2020.get(before)).toBe(name);
    expect(byNumber.get(after)).toBe(name);
  });

  it('becomes the 2024 list exactly when SSB’s 2024 changes are applied, names kept', () => {
    const renumbered = new Map(MUNICIPALITY_CHANGES_2024.renumbered);
    const after = MUNICIPALITIES_2020.map(
      ([number, name]) => [renumbered.get(number) ?? number, name] as const,
    );
    for (const [number, from] of MUNICIPALITY_CHANGES_2024.splitOff) {
      expect(byNumber2020.has(from)).toBe(true);
      after.push([number, byNumber.get(number) ?? '']);
    }
    expect(new Map(after)).toEqual(byNumber);
    // Every change names a number of the one version and of the other, and no number is reused for another.
    for (const [before, now] of renumbered) {
      expect(byNumber2020.has(before) && !byNumber.has(before)).toBe(true);
      expect(byNumber.has(now) && !byNumber2020.has(now)).toBe(true);
    }
  });
});
