import { z } from 'zod';
import { FORMATS } from '../formats.js';

export const OSLO = 'Europe/Oslo';

export const Deadline = z
  .object({
    date: z.iso.date().meta({ title: 'Dato', description: 'Fristens dato' }),
    time: z.string().regex(FORMATS.clockTime.pattern).optional().meta({
      title: 'Klokkeslett',
      description: 'tt:mm norsk tid; uten klokkeslett gjelder fristen ut dagen',
    }),
    timeZone: z
      .literal(OSLO)
      .meta({ title: 'Tidssone', description: 'Alltid Europe/Oslo: fristen gjelder norsk tid' }),
  })
  .strict()
  .meta({
    id: 'Deadline',
    title: 'Frist',
    description: 'En fast dato og eventuelt klokkeslett i norsk tid.',
  });
export type Deadline = z.infer<typeof Deadline>;

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

/**
 * The first instant that is too late. A deadline with a time of day runs through that minute; one with a date
 * only runs to the end of the day. A deadline never rolls over to the next working day by itself.
 */
export function deadlineEnd(deadline: Deadline): Date {
  return new Date(deadlineEndMs(deadline));
}

// Time-zone arithmetic through Intl is slow and deadlines are few: remember each one's end.
const endCache = new Map<string, number>();

function deadlineEndMs({ date, time }: Deadline): number {
  const key = `${date}T${time ?? ''}`;
  let end = endCache.get(key);
  if (end === undefined) {
    if (time) end = osloWallClockToUtc(date, time).getTime() + 60_000;
    else {
      const next = new Date(`${date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      end = osloWallClockToUtc(next.toISOString().slice(0, 10), '00:00').getTime();
    }
    endCache.set(key, end);
  }
  return end;
}

export function isOnTime(submittedAt: string | Date, deadline: Deadline): boolean {
  return new Date(submittedAt).getTime() < deadlineEndMs(deadline);
}

/** The later of two deadlines: an extension can only move a deadline forward. */
export function laterDeadline(a: Deadline, b: Deadline): Deadline {
  return deadlineEndMs(b) > deadlineEndMs(a) ? b : a;
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
