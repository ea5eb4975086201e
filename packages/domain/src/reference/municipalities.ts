import { MUNICIPALITIES_2024, MUNICIPALITY_SOURCE } from './municipalities.data.js';

export { MUNICIPALITY_SOURCE };

export interface Municipality {
  readonly number: string;
  readonly name: string;
  readonly countyNumber: string;
}

const BY_NUMBER: ReadonlyMap<string, Municipality> = new Map(
  MUNICIPALITIES_2024.map(([number, name]) => [number, { number, name, countyNumber: number.slice(0, 2) }]),
);

export const MUNICIPALITIES: readonly Municipality[] = [...BY_NUMBER.values()];

/**
 * The shipped list is valid from 2024-01-01. For an earlier date the lookup has no data and says so
 * (undefined) rather than judging an old number against the new structure.
 */
export function municipality(number: string, date: string): Municipality | undefined {
  return date >= MUNICIPALITY_SOURCE.validFrom ? BY_NUMBER.get(number) : undefined;
}

export function hasMunicipalityData(date: string): boolean {
  return date >= MUNICIPALITY_SOURCE.validFrom;
}
