import { useId, useRef } from 'react';
import { formatNumber } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useWidth } from '../layout/use-width.js';
import { chartScale } from './scale.js';

/** One kind of bar in every group («Budsjett», «Regnskap»), drawn in its own colour (see portal.css). */
export interface BarSeries {
  label: string;
  /** `bar-chart__bar--1` … `--3`: colours that differ in lightness too, each at least 3:1 against the page. */
  tone: 1 | 2 | 3;
}

export interface BarGroup {
  /** Stable per group (a budget line's id, a county office's id). */
  id: string;
  label: string;
  /** One value per series; null where there is none yet (accounts not reported). */
  values: readonly (number | null)[];
}

/**
 * Layouts of the same chart. Wide: the group's name left of its bars. Narrow (a phone): the name above its
 * bars, in a drawing half as wide, so its text stays as large as the page's (WCAG 1.4.4, 1.4.10).
 */
const LAYOUTS = {
  wide: { width: 720, labelWidth: 210, labelHeight: 0, maxLabel: 30 },
  // Wide, but a name too long for the left goes above its bars rather than being cut short.
  wideLongNames: { width: 720, labelWidth: 8, labelHeight: 18, maxLabel: 88 },
  narrow: { width: 360, labelWidth: 8, labelHeight: 18, maxLabel: 44 },
} as const;
const NARROW_BELOW_PX = 560;
const BAR_HEIGHT = 14;
const TOP = 36;
const BOTTOM = 28;

const shorten = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * A horizontal grouped bar chart as one SVG image with a title and a description (WCAG 1.1.1); the caller puts
 * the same figures in a table right under it, which is what screen readers and keyboard users read.
 */
export function BarChart({
  title,
  description,
  series,
  groups,
}: {
  title: string;
  description: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
}) {
  const { language } = useLanguage();
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const measured = useWidth(frame);
  const longNames = groups.some((g) => g.label.length > LAYOUTS.wide.maxLabel);
  const layout =
    measured !== undefined && measured < NARROW_BELOW_PX
      ? LAYOUTS.narrow
      : longNames
        ? LAYOUTS.wideLongNames
        : LAYOUTS.wide;
  const { width, labelWidth, labelHeight } = layout;
  const barsHeight = series.length * BAR_HEIGHT + (series.length - 1) * 2;
  const groupHeight = labelHeight + barsHeight + 16;
  const scale = chartScale(groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const plot = width - labelWidth - 24;
  const x = (value: number) => labelWidth + (value / scale.max) * plot;
  const height = TOP + groups.length * groupHeight + BOTTOM;
  // Numbers on the axis never run into each other: where they would, every second (or third) one is named.
  const tickWidth = Math.max(...scale.ticks.map((tick) => formatNumber(tick, language).length)) * 7 + 12;
  const tickSpacing = scale.ticks.length > 1 ? plot / (scale.ticks.length - 1) : plot;
  const tickEvery = Math.max(1, Math.ceil(tickWidth / tickSpacing));
  // Each legend entry as wide as its words, at about 8 units a letter.
  const legendX = series.map((_, i) =>
    series.slice(0, i).reduce((sum, s) => sum + 40 + s.label.length * 8, 0),
  );

  return (
    <div ref={frame}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="budget-chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="budget-chart__legend" transform={`translate(${labelWidth}, 8)`}>
          {series.map((s, i) => (
            <g key={s.label} transform={`translate(${legendX[i]}, 0)`}>
              <rect width="14" height="14" className={`bar-chart__bar--${s.tone}`} />
              <text x="20" y="12">
                {s.label}
              </text>
            </g>
          ))}
        </g>
        {scale.ticks.map((tick, i) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={TOP - 4}
              y2={height - BOTTOM}
              className="budget-chart__grid"
            />
            {i % tickEvery === 0 ? (
              <text
                x={x(tick)}
                y={height - 8}
                // The last tick's number ends at its line, so it is not cut off at the drawing's edge.
                textAnchor={tick === scale.ticks.at(-1) ? 'end' : 'middle'}
                className="budget-chart__tick"
              >
                {formatNumber(tick, language)}
              </text>
            ) : null}
          </g>
        ))}
        {groups.map((group, i) => {
          const y = TOP + i * groupHeight;
          const bars = y + labelHeight;
          return (
            <g key={group.id}>
              <text
                x={labelHeight ? labelWidth : labelWidth - 8}
                y={labelHeight ? y + 12 : y + barsHeight / 2 + 4}
                textAnchor={labelHeight ? 'start' : 'end'}
                className="budget-chart__label"
              >
                {shorten(group.label, layout.maxLabel)}
              </text>
              {series.map((s, j) => (
                <rect
                  key={s.label}
                  x={labelWidth}
                  y={bars + j * (BAR_HEIGHT + 2)}
                  width={x(group.values[j] ?? 0) - labelWidth}
                  height={BAR_HEIGHT}
                  className={`bar-chart__bar--${s.tone}`}
                />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
