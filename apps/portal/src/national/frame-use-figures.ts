import type { Schemas } from '@sosialtilskudd/api-client';
import type { FrameTotals } from '../county/frame-use-bar.js';
import type { RoundHolder } from '../county/round-board.js';

export type HolderFrameUse = Schemas['HolderFrameUse'];

/** The round board's name for the holder (`embete` in its address). */
export const roundHolderOf = ({ authority }: HolderFrameUse): RoundHolder =>
  authority.kind === 'directorate' ? 'directorate' : authority.countyOfficeId;

/** How much of the frame is left, as a share: below 0 when the proposals do not fit. */
const shareLeft = (totals: FrameTotals) => totals.remaining / Math.max(totals.frame, 1);

/**
 * The order a directorate reads the country in: the holders with the least of their frame left first (where money
 * runs out is what needs attention), then those without a frame yet; ties and the frameless by name.
 */
export function byFrameLeft(
  holders: readonly HolderFrameUse[],
  nameOf: (holder: HolderFrameUse) => string,
  collator: Intl.Collator,
): HolderFrameUse[] {
  const byName = (a: HolderFrameUse, b: HolderFrameUse) => collator.compare(nameOf(a), nameOf(b));
  return [...holders].sort((a, b) => {
    if (!a.totals || !b.totals) return Number(!a.totals) - Number(!b.totals) || byName(a, b);
    return shareLeft(a.totals) - shareLeft(b.totals) || byName(a, b);
  });
}

/** The country's figures: the sum over the holders with a frame; none when no frame is issued yet. */
export function countryTotals(holders: readonly HolderFrameUse[]): FrameTotals | undefined {
  const framed = holders.flatMap((h) => (h.totals ? [h.totals] : []));
  if (framed.length === 0) return undefined;
  const sum = (key: keyof FrameTotals) => framed.reduce((total, t) => total + t[key], 0);
  return {
    frame: sum('frame'),
    committed: sum('committed'),
    proposed: sum('proposed'),
    granted: sum('granted'),
    remaining: sum('remaining'),
  };
}
