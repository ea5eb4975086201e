import { inForce, type Valid } from './validity.js';

export type CountyOfficeId =
  | 'agder'
  | 'innlandet'
  | 'more-og-romsdal'
  | 'nordland'
  | 'ostfold-buskerud-oslo-akershus'
  | 'rogaland'
  | 'troms-og-finnmark'
  | 'trondelag'
  | 'vestfold-og-telemark'
  | 'vestland';

export interface CountyOffice {
  readonly id: CountyOfficeId;
  readonly names: readonly Valid<string>[];
  /** County numbers (the first two digits of kommunenummer) the office covers, over time. */
  readonly countyNumbers: readonly Valid<readonly string[]>[];
  readonly phone: string;
}

// Ten offices since 2019-01-01. The county split of 2024-01-01 renumbered counties and renamed one office;
// the office structure itself was kept. Phone numbers: nav.no's page for 2024 (seed 001).
const SINCE_2019 = '2019-01-01';
const SPLIT = '2024-01-01';
const BEFORE_SPLIT = '2023-12-31';

const unchanged = (name: string, counties: string[]) => ({
  names: [{ value: name, validFrom: SINCE_2019 }],
  countyNumbers: [{ value: counties, validFrom: SINCE_2019 }],
});

const split = (name: string, before: string[], after: string[]) => ({
  names: [{ value: name, validFrom: SINCE_2019 }],
  countyNumbers: [
    { value: before, validFrom: SINCE_2019, validTo: BEFORE_SPLIT },
    { value: after, validFrom: SPLIT },
  ],
});

export const COUNTY_OFFICES: readonly CountyOffice[] = [
  { id: 'agder', phone: '37 01 75 00', ...unchanged('Statsforvalteren i Agder', ['42']) },
  { id: 'innlandet', phone: '61 26 60 00', ...unchanged('Statsforvalteren i Innlandet', ['34']) },
  { id: 'more-og-romsdal', phone: '71 25 84 00', ...unchanged('Statsforvalteren i Møre og Romsdal', ['15']) },
  { id: 'nordland', phone: '75 53 15 00', ...unchanged('Statsforvalteren i Nordland', ['18']) },
  {
    id: 'ostfold-buskerud-oslo-akershus',
    phone: '69 24 70 00',
    names: [
      { value: 'Statsforvalteren i Oslo og Viken', validFrom: SINCE_2019, validTo: BEFORE_SPLIT },
      { value: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus', validFrom: SPLIT },
    ],
    countyNumbers: [
      { value: ['30', '03'], validFrom: SINCE_2019, validTo: BEFORE_SPLIT },
      { value: ['31', '32', '33', '03'], validFrom: SPLIT },
    ],
  },
  { id: 'rogaland', phone: '51 56 87 00', ...unchanged('Statsforvalteren i Rogaland', ['11']) },
  {
    id: 'troms-og-finnmark',
    phone: '78 95 03 00',
    ...split('Statsforvalteren i Troms og Finnmark', ['54'], ['55', '56']),
  },
  { id: 'trondelag', phone: '74 16 80 00', ...unchanged('Statsforvalteren i Trøndelag', ['50']) },
  {
    id: 'vestfold-og-telemark',
    phone: '33 37 10 00',
    ...split('Statsforvalteren i Vestfold og Telemark', ['38'], ['39', '40']),
  },
  { id: 'vestland', phone: '57 64 30 00', ...unchanged('Statsforvalteren i Vestland', ['46']) },
];

export const COUNTY_OFFICE_IDS = COUNTY_OFFICES.map((o) => o.id) as [CountyOfficeId, ...CountyOfficeId[]];

export function countyOffice(id: CountyOfficeId): CountyOffice {
  const office = COUNTY_OFFICES.find((o) => o.id === id);
  if (!office) throw new RangeError(`Unknown county office ${id}`);
  return office;
}

/** The office's name in force on `date`: a document keeps the name of its own date. */
export function countyOfficeName(id: CountyOfficeId, date: string): string | undefined {
  return inForce(countyOffice(id).names, date);
}

/** The county office responsible for a municipality on `date`, from the county number in its kommunenummer. */
export function countyOfficeForMunicipality(
  municipalityNumber: string,
  date: string,
): CountyOffice | undefined {
  const county = municipalityNumber.slice(0, 2);
  return COUNTY_OFFICES.find((o) => inForce(o.countyNumbers, date)?.includes(county));
}
