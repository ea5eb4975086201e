import { describe, expect, it } from 'vitest';
import { byFrameLeft, countryTotals, type HolderFrameUse, roundHolderOf } from './frame-use-figures.js';

const holder = (
  countyOfficeId: 'agder' | 'innlandet' | 'nordland' | 'rogaland' | 'vestland',
  totals?: { frame: number; used: number },
): HolderFrameUse => ({
  authority: { kind: 'county-office', countyOfficeId },
  frame: totals
    ? {
        id: `fullmakt-${countyOfficeId}`,
        version: 1,
        amount: totals.frame,
        chapter: '0621',
        post: '63',
        issuedOn: '2025-01-10',
      }
    : null,
  totals: totals
    ? {
        frame: totals.frame,
        committed: 0,
        proposed: 0,
        granted: totals.used,
        remaining: totals.frame - totals.used,
      }
    : null,
  caseCount: 1,
});

const names = (holders: HolderFrameUse[]) => holders.map(roundHolderOf);
const collator = new Intl.Collator('nb');
const nameOf = (h: HolderFrameUse) => roundHolderOf(h);

describe('the national view of the frames', () => {
  it('puts the least frame left first, as a share of each frame, then those without a frame by name', () => {
    const sorted = byFrameLeft(
      [
        holder('vestland'),
        holder('innlandet', { frame: 7_500_000, used: 1_500_000 }),
        holder('agder'),
        // Over its frame: first.
        holder('rogaland', { frame: 1_000_000, used: 1_200_000 }),
        // 80 % left, like Innlandet: by name.
        holder('nordland', { frame: 5_000_000, used: 1_000_000 }),
      ],
      nameOf,
      collator,
    );
    expect(names(sorted)).toEqual(['rogaland', 'innlandet', 'nordland', 'agder', 'vestland']);
  });

  it('sums the country over the frames issued, and has nothing to sum before any is', () => {
    expect(
      countryTotals([
        holder('innlandet', { frame: 7_500_000, used: 1_500_000 }),
        holder('agder'),
        holder('rogaland', { frame: 1_000_000, used: 1_200_000 }),
      ]),
    ).toEqual({ frame: 8_500_000, committed: 0, proposed: 0, granted: 2_700_000, remaining: 5_800_000 });
    expect(countryTotals([holder('agder')])).toBeUndefined();
  });
});
