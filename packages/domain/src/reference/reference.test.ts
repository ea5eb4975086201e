import { describe, expect, it } from 'vitest';
import { COUNTY_OFFICES, countyOfficeForMunicipality, countyOfficeName } from './county-offices.js';
import { hasMunicipalityData, MUNICIPALITIES, municipalitiesOn, municipality } from './municipalities.js';

describe('county offices over time', () => {
  it('there are ten', () => expect(COUNTY_OFFICES).toHaveLength(10));

  it('a document keeps the office name in force on its own date', () => {
    expect(countyOfficeName('ostfold-buskerud-oslo-akershus', '2023-06-01')).toBe(
      'Statsforvalteren i Oslo og Viken',
    );
    expect(countyOfficeName('ostfold-buskerud-oslo-akershus', '2024-06-01')).toBe(
      'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
    );
  });

  it('finds the office for a municipality by county number, before and after the 2024 split', () => {
    expect(countyOfficeForMunicipality('3001', '2023-06-01')?.id).toBe('ostfold-buskerud-oslo-akershus');
    expect(countyOfficeForMunicipality('3101', '2024-06-01')?.id).toBe('ostfold-buskerud-oslo-akershus');
    expect(countyOfficeForMunicipality('5401', '2023-06-01')?.id).toBe('troms-og-finnmark');
    expect(countyOfficeForMunicipality('5501', '2024-06-01')?.id).toBe('troms-og-finnmark');
    expect(countyOfficeForMunicipality('3801', '2024-06-01')).toBeUndefined();
  });

  it('every municipality of 2024 belongs to exactly one office, and the counts match DOMAIN.md', () => {
    const counts = new Map<string, number>();
    for (const m of MUNICIPALITIES) {
      const matches = COUNTY_OFFICES.filter(
        (o) => countyOfficeForMunicipality(m.number, '2024-01-01')?.id === o.id,
      );
      expect(matches).toHaveLength(1);
      const id = matches[0]?.id ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      'ostfold-buskerud-oslo-akershus': 52,
      'vestfold-og-telemark': 23,
      'troms-og-finnmark': 39,
      innlandet: 46,
      agder: 25,
      rogaland: 23,
      vestland: 43,
      'more-og-romsdal': 27,
      trondelag: 38,
      nordland: 41,
    });
  });

  it('judges a number against the division in force on the date', () => {
    expect(municipality('3407', '2024-05-01')?.name).toBe('Gjøvik');
    expect(municipality('3407', '2021-02-01')?.name).toBe('Gjøvik');
    expect(municipality('3024', '2023-12-31')?.name).toBe('Bærum');
    expect(municipality('3024', '2024-01-01')).toBeUndefined();
    expect(municipality('3201', '2023-12-31')).toBeUndefined();
    expect(municipality('3201', '2024-01-01')?.name).toBe('Bærum');
    expect(municipality('1580', '2023-06-01')).toBeUndefined();
    expect(municipality('1507', '2023-06-01')?.name).toBe('Ålesund');
    expect(hasMunicipalityData('2019-12-31')).toBe(false);
    expect(municipality('3407', '2019-12-31')).toBeUndefined();
  });

  it('finds a county office for every municipality of every division', () => {
    for (const date of ['2020-01-01', '2023-12-31', '2024-01-01'])
      for (const m of municipalitiesOn(date)?.values() ?? [])
        expect(countyOfficeForMunicipality(m.number, date), `${m.number} ${date}`).toBeDefined();
  });
});
