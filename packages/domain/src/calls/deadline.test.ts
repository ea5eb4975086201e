import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineEnd, isOnTime, laterDeadline } from './deadline.js';
import { osloDate, osloWallClockToUtc } from './oslo-time.js';

const oslo = (date: string, time?: string) => ({
  date,
  ...(time ? { time } : {}),
  timeZone: 'Europe/Oslo' as const,
});

describe('deadlines in Europe/Oslo', () => {
  it('a date-only deadline runs to the end of the day, Oslo time, winter (UTC+1)', () => {
    expect(deadlineEnd(oslo('2024-02-01')).toISOString()).toBe('2024-02-01T23:00:00.000Z');
    expect(isOnTime('2024-02-01T22:59:59Z', oslo('2024-02-01'))).toBe(true);
    expect(isOnTime('2024-02-01T23:00:00Z', oslo('2024-02-01'))).toBe(false);
  });

  it('summer time is UTC+2', () => {
    expect(osloWallClockToUtc('2024-06-15', '12:00').toISOString()).toBe('2024-06-15T10:00:00.000Z');
  });

  it('"kl. 23.00" means the whole minute 23:00 counts, 23:01 is late', () => {
    const d = oslo('2020-02-01', '23:00');
    expect(isOnTime('2020-02-01T23:00:59+01:00', d)).toBe(true);
    expect(isOnTime('2020-02-01T23:01:00+01:00', d)).toBe(false);
  });

  it('a deadline on a Saturday does not move to Monday (1 February 2025)', () => {
    expect(isOnTime('2025-02-03T08:00:00+01:00', oslo('2025-02-01'))).toBe(false);
  });

  it('handles the spring-forward night', () => {
    // 2024-03-31 02:00 does not exist in Oslo; 03:00 is UTC+2.
    expect(osloWallClockToUtc('2024-03-31', '03:00').toISOString()).toBe('2024-03-31T01:00:00.000Z');
    expect(deadlineEnd(oslo('2024-03-31')).toISOString()).toBe('2024-03-31T22:00:00.000Z');
  });

  it('an extension only ever moves a deadline later', () => {
    expect(laterDeadline(oslo('2024-02-01'), oslo('2024-02-05', '12:00')).date).toBe('2024-02-05');
    expect(laterDeadline(oslo('2024-02-01'), oslo('2024-01-20')).date).toBe('2024-02-01');
  });

  it('gives the Oslo calendar date of an instant', () => {
    expect(osloDate('2024-01-31T23:30:00Z')).toBe('2024-02-01');
  });
});

describe('osloDate', () => {
  /** The date straight from Intl, instant by instant, as osloDate worked before it remembered offsets. */
  const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
  const MINUTE = 60_000;

  it('agrees with Intl around every daylight-saving switch and Oslo midnight, 2000–2100', () => {
    for (let year = 2000; year <= 2100; year++)
      // The switches fall on the last Sunday of March and October, at 01:00 UTC: every day of the last
      // week, minutes either side of 01:00 UTC and of Oslo's midnight in winter and in summer.
      for (const month of [2, 9])
        for (let day = 25; day <= 31; day++)
          for (const hour of [1, 22, 23])
            for (const minute of [-61, -1, 0, 1, 59, 60]) {
              const instant = new Date(Date.UTC(year, month, day, hour) + minute * MINUTE);
              if (osloDate(instant) !== intl.format(instant))
                expect.fail(`${instant.toISOString()}: ${osloDate(instant)}, Intl ${intl.format(instant)}`);
            }
  });

  it('agrees with Intl at arbitrary instants', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          expect(osloDate(d)).toBe(intl.format(d));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
