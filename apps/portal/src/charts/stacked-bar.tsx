import { useId } from 'react';

/** One part of the bar; `tone` is its colour class (see portal.css), the same in the bar and in its key. */
export interface BarPart {
  id: string;
  value: number;
  tone: string;
}

const WIDTH = 720;
const HEIGHT = 40;

/**
 * One horizontal bar split into parts, left to right, drawn as one SVG image with a title and a description
 * (WCAG 1.1.1). The whole bar is `whole` (a frame), or the parts' sum when they run past it; a line marks where
 * `whole` ends then. The caller names the parts and their figures beside it, which is what screen readers read.
 */
export function StackedBar({
  title,
  description,
  parts,
  whole,
}: {
  title: string;
  description: string;
  parts: readonly BarPart[];
  whole: number;
}) {
  const id = useId();
  const shown = parts.filter((part) => part.value > 0);
  const sum = shown.reduce((total, part) => total + part.value, 0);
  const scale = Math.max(whole, sum, 1);
  const x = (value: number) => (value / scale) * WIDTH;
  const starts = shown.map((_, i) => shown.slice(0, i).reduce((total, part) => total + part.value, 0));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="stacked-bar"
      preserveAspectRatio="none"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={WIDTH} height={HEIGHT} className="stacked-bar__frame" />
      {shown.map((part, i) => (
        <rect
          key={part.id}
          x={x(starts[i] ?? 0)}
          width={x(part.value)}
          height={HEIGHT}
          className={part.tone}
        />
      ))}
      {sum > whole ? (
        <line x1={x(whole)} x2={x(whole)} y1={0} y2={HEIGHT} className="stacked-bar__limit" />
      ) : null}
    </svg>
  );
}
