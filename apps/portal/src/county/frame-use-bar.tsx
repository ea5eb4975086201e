import type { Schemas } from '@sosialtilskudd/api-client';
import { StackedBar } from '../charts/stacked-bar.js';
import { formatNok } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';

export type FrameTotals = Schemas['FrameTotals'];
type Part = 'committed' | 'granted' | 'proposed' | 'remaining';

/** Left to right as the frame is used: bound by last year, decided, proposed, and what is left. */
export const FRAME_PARTS: readonly { key: Part; text: TextKey }[] = [
  { key: 'committed', text: 'partCommitted' },
  { key: 'granted', text: 'partGranted' },
  { key: 'proposed', text: 'partProposed' },
  { key: 'remaining', text: 'partRemaining' },
];

/** The frame and each part in kroner, as words: what the bar's description and the figures table say. */
export const frameFigures = (totals: FrameTotals, language: Language): Record<keyof FrameTotals, string> => ({
  frame: formatNok(totals.frame, language),
  committed: formatNok(totals.committed, language),
  granted: formatNok(totals.granted, language),
  proposed: formatNok(totals.proposed, language),
  remaining: formatNok(totals.remaining, language),
});

/**
 * A frame's use as one bar read at a glance: committed, granted and proposed in the frame's length, a line where
 * the frame ends when they run past it. The round board and the national view of the frames both draw it.
 */
export function FrameUseBar({
  title,
  totals,
  language,
}: {
  title: string;
  totals: FrameTotals;
  language: Language;
}) {
  const t = useT();
  return (
    <StackedBar
      title={title}
      description={t('roundChartDescription', frameFigures(totals, language))}
      whole={totals.frame}
      parts={FRAME_PARTS.map(({ key }) => ({
        id: key,
        value: key === 'remaining' ? 0 : totals[key],
        tone: `round-part--${key}`,
      }))}
    />
  );
}
