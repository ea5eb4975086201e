/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a period of `months` months that starts on `start`. */
export function periodEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

export function yearEnd(year: number): string {
  return `${year}-12-31`;
}
