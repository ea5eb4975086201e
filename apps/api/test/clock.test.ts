import { describe, expect, it } from 'vitest';
import { clockFrom, configFromEnv } from '../src/config.js';

describe('the moved clock (API_START_AT, API_CLOCK_ANCHOR)', () => {
  it('reads the start at the anchor, so clocks made a moment apart from one anchor agree', async () => {
    const startAt = new Date('2025-01-31T11:00:00Z');
    const anchor = new Date(Date.now() - 60_000);
    const first = clockFrom(startAt, anchor);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = clockFrom(startAt, anchor);
    const [a, b] = [first().getTime(), second().getTime()];
    expect(Math.abs(a - b)).toBeLessThan(5);
    // A minute after the anchor, the clock reads a minute after the start.
    expect(a - startAt.getTime()).toBeGreaterThanOrEqual(60_000);
    // Without an anchor the clock reads the start now.
    expect(Math.abs(clockFrom(startAt)().getTime() - startAt.getTime())).toBeLessThan(1000);
  });

  it('takes the anchor as an ISO instant and refuses anything else', () => {
    const at = '2026-12-07T16:00:00Z';
    expect(
      configFromEnv({ API_START_AT: '2025-01-31T12:00:00+01:00', API_CLOCK_ANCHOR: at }).clockAnchor,
    ).toEqual(new Date(at));
    expect(() => configFromEnv({ API_CLOCK_ANCHOR: 'i går' })).toThrow(
      'API_CLOCK_ANCHOR må være et ISO-tidspunkt',
    );
  });
});
