// Oslo time without Zod: a page that only shows dates (a login, a header) does not carry the schemas.

export const OSLO = 'Europe/Oslo';

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Oslo is ahead of UTC at the instant `utcMs` (+1 h in winter, +2 h in summer). */
function osloOffsetMs(utcMs: number): number {
  const p = Object.fromEntries(osloParts.formatToParts(utcMs).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in Oslo. */
export function osloWallClockToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y ?? 0, (m ?? 1) - 1, d, hh, mm);
  // A second pass settles instants next to a daylight-saving switch.
  const first = guess - osloOffsetMs(guess);
  return new Date(guess - osloOffsetMs(first));
}

const HOUR_MS = 3_600_000;

/**
 * Oslo's offset from UTC changes only at daylight-saving switches, and every switch since 1895 falls on a whole
 * UTC hour (01:00 UTC under the EU rule): so the offset is asked of Intl once per hour, not once per instant.
 * Bounded, so a long-running server keeps a few hundred hours.
 */
const offsetByHour = new Map<number, number>();

function osloOffsetOfHour(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 1000) offsetByHour.clear();
    offset = osloOffsetMs(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The Oslo calendar date of an instant. */
export function osloDate(instant: string | Date): string {
  const utcMs = new Date(instant).getTime();
  return new Date(utcMs + osloOffsetOfHour(utcMs)).toISOString().slice(0, 10);
}
