/** Reference data changes over time: a value is in force from `validFrom` up to and including `validTo`. */
export interface Valid<T> {
  readonly value: T;
  readonly validFrom: string;
  readonly validTo?: string;
}

/** ISO dates compare correctly as strings. */
export function inForce<T>(entries: readonly Valid<T>[], date: string): T | undefined {
  return entries.find((e) => e.validFrom <= date && (e.validTo === undefined || date <= e.validTo))?.value;
}
