import { type CountyOfficeId, countyOfficeForMunicipality } from '../reference/county-offices.js';
import { hasMunicipalityData, municipality } from '../reference/municipalities.js';
import type { PathSegment } from './issue.js';
import { at, type Finding, NOT_CHECKED, type RuleMessages } from './rule.js';

/** Shared by every document that names municipalities: the numbers are judged by the division on its date. */
export const MUNICIPALITY_UNKNOWN = {
  code: 'MUNICIPALITY_UNKNOWN',
  source: 'SSB, klassifikasjon 131',
  summary:
    'Kommunenummeret finnes i kommuneinndelingen som gjaldt på dokumentets dato (2020–2023 eller fra 2024).',
  messages: {
    nb: (p) => `Kommunenummer ${p.number} finnes ikke i kommuneinndelingen per ${p.date}`,
    nn: (p) => `Kommunenummer ${p.number} finst ikkje i kommuneinndelinga per ${p.date}`,
  } satisfies RuleMessages,
};

/** A list of kommunenummer and where it is in the document. */
export type MunicipalityList = readonly [readonly string[], PathSegment[]];

/** Each number that did not exist on `date`; not checked when the data hold no division for that date. */
export function unknownMunicipalities(
  lists: readonly MunicipalityList[],
  date: string,
): Finding[] | typeof NOT_CHECKED {
  if (!hasMunicipalityData(date)) return NOT_CHECKED;
  return lists.flatMap(([numbers, path]) =>
    numbers.flatMap((number, i) => (municipality(number, date) ? [] : [at([...path, i], { number, date })])),
  );
}

/**
 * The municipalities in `numbers` that lie under another county office than `office` on `date` (§ 7: «den respektive
 * statsforvalteren»), each with its own office; numbers that did not exist then are MUNICIPALITY_UNKNOWN's. Not
 * checked when the data hold no division for the date.
 */
export function outsideOffice(
  numbers: readonly string[],
  office: CountyOfficeId,
  date: string,
): { number: string; office: CountyOfficeId }[] | typeof NOT_CHECKED {
  if (!hasMunicipalityData(date)) return NOT_CHECKED;
  return numbers.flatMap((number) => {
    const own = municipality(number, date) && countyOfficeForMunicipality(number, date);
    return own && own.id !== office ? [{ number, office: own.id }] : [];
  });
}
