import { describe, expect, it } from 'vitest';
import { chartScale } from './scale.js';

describe('chartScale', () => {
  it('rounds the top up to a round figure and ticks evenly from zero', () => {
    expect(chartScale([780_800, 702_720])).toEqual({
      max: 800_000,
      ticks: [0, 200_000, 400_000, 600_000, 800_000],
    });
    expect(chartScale([18_000, 12_000])).toEqual({ max: 20_000, ticks: [0, 5_000, 10_000, 15_000, 20_000] });
  });

  it('covers the largest value and never has more than six ticks', () => {
    for (const largest of [1, 7, 99, 101, 1_234, 650_000, 999_999_999]) {
      const { max, ticks } = chartScale([largest]);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)).toBe(max);
    }
  });

  it('draws an empty axis when nothing is above zero', () => {
    expect(chartScale([])).toEqual({ max: 1, ticks: [0] });
    expect(chartScale([0, Number.NaN])).toEqual({ max: 1, ticks: [0] });
  });
});
