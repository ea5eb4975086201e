import { describe, expect, it } from 'vitest';
import { deadlineEnd, isOnTime, laterDeadline, osloDate, osloWallClockToUtc } from './deadline.js';

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
