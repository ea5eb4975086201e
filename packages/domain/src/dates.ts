/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */

/** Month names, the same in bokmål and nynorsk; fixed here so no output depends on the ICU build. */
export const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/**
 * The first day after a period of `months` months that starts on `start`: the same day of the month
 * `months` later, or, where that month is too short to have it, the first day of the month after (one
 * month from 31 January runs up to and including the last day of February).
 */
export function periodFollowingDay(start: string, months: number): string {
  const [y, m, d] = parts(start);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return d <= daysInTarget
    ? iso(new Date(Date.UTC(y, m - 1 + months, d)))
    : addDays(iso(target), daysInTarget);
}

/**
 * The last day of a period of `months` months that starts on `start`: 2024-04-01 + 12 → 2025-03-31, and
 * 2024-02-29 + 12 → 2025-02-28 (the shorter month's last day), 2021-03-01 + 36 → 2024-02-29.
 */
export function periodEnd(start: string, months: number): string {
  return addDays(periodFollowingDay(start, months), -1);
}

export function yearEnd(year: number): string {
  return `${year}-12-31`;
}
