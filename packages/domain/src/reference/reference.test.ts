import { describe, expect, it } from 'vitest';
import { COUNTY_OFFICES, countyOfficeForMunicipality, countyOfficeName } from './county-offices.js';
import { MUNICIPALITIES, municipality } from './municipalities.js';

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

  it('does not judge an old date against the 2024 municipality list', () => {
    expect(municipality('3407', '2024-05-01')?.name).toBe('Gjøvik');
    expect(municipality('3407', '2023-05-01')).toBeUndefined();
  });
});
