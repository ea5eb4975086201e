import { z } from 'zod';
import { FORMATS } from '../formats.js';
import { OSLO, osloWallClockToUtc } from './oslo-time.js';

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
