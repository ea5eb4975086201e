import { MUNICIPALITIES_2024, MUNICIPALITY_SOURCE } from './municipalities.data.js';
import { MUNICIPALITIES_2020, MUNICIPALITY_SOURCE_2020 } from './municipalities-2020.data.js';
import { inForce, type Valid } from './validity.js';

export { MUNICIPALITY_CHANGES_2024 } from './municipality-changes-2024.data.js';
export { MUNICIPALITY_SOURCE, MUNICIPALITY_SOURCE_2020 };

export interface Municipality {
  readonly number: string;
  readonly name: string;
  readonly countyNumber: string;
}

const byNumber = (list: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, Municipality> =>
  new Map(list.map(([number, name]) => [number, { number, name, countyNumber: number.slice(0, 2) }]));

const CURRENT = byNumber(MUNICIPALITIES_2024);

/** SSB's divisions (klassifikasjon 131) for every year the scheme has run, each with the dates it was in force. */
const DIVISIONS: readonly Valid<ReadonlyMap<string, Municipality>>[] = [
  {
    value: byNumber(MUNICIPALITIES_2020),
    validFrom: MUNICIPALITY_SOURCE_2020.validFrom,
    validTo: MUNICIPALITY_SOURCE_2020.validTo,
  },
  { value: CURRENT, validFrom: MUNICIPALITY_SOURCE.validFrom },
];

/** Today's municipalities (from 2024). */
export const MUNICIPALITIES: readonly Municipality[] = [...CURRENT.values()];

/** The municipalities in force on `date`, or undefined before the first division the data holds (2020). */
export function municipalitiesOn(date: string): ReadonlyMap<string, Municipality> | undefined {
  return inForce(DIVISIONS, date);
}

/**
 * The municipality with `number` on `date`: a number is judged against the division in force that day, so
 * 3024 (Bærum) is found in 2023 and not in 2024, and 3201 the other way round. Undefined when the number did not
 * exist then, or when the data hold no division for the date (see `hasMunicipalityData`).
 */
export function municipality(number: string, date: string): Municipality | undefined {
  return municipalitiesOn(date)?.get(number);
}

export function hasMunicipalityData(date: string): boolean {
  return municipalitiesOn(date) !== undefined;
}
