import { describe, expect, it } from 'vitest';
import { periodEnd, periodFollowingDay } from './dates.js';

describe('periods counted in months', () => {
  it.each([
    ['2024-04-01', 12, '2025-03-31'],
    ['2024-01-01', 12, '2024-12-31'],
    // A period from a day the last month lacks ends on that shorter month's last day.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-08-31', 6, '2025-02-28'],
    // 36 months that end on a leap day are 36 months.
    ['2021-03-01', 36, '2024-02-29'],
    ['2020-02-29', 36, '2023-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
  ])('%s + %i months ends %s', (start, months, end) => {
    expect(periodEnd(start, months)).toBe(end);
  });

  it('the day after a period is the first day of the next one, so periods follow each other without a gap', () => {
    let start = '2024-02-29';
    for (let year = 0; year < 8; year++) {
      const next = periodFollowingDay(start, 12);
      expect(periodEnd(start, 12) < next).toBe(true);
      start = next;
    }
    expect(start).toBe('2032-03-01');
  });
});
