import { type RefObject, useLayoutEffect, useState } from 'react';
import type { Column } from './columns.js';

/** The narrowest a column of each kind is made, in rem: an amount up to «10 000 000», a percentage, a word. */
const KIND_REM = { amount: 8.5, integer: 6, enum: 10, text: 10 } as const;
/** About one character of a bold column heading in Aksel's font, and a cell's padding on both sides, in rem. */
const HEADING_CHAR_REM = 0.5;
const CELL_PADDING_REM = 1;
export const ROW_NUMBER_REM = 3.5;
export const ACTIONS_REM = 5;

/** A column's width in rem: its kind's, or wider where its heading has a longer word (headings break at spaces). */
export function columnWidthRem(column: Pick<Column, 'kind' | 'title'>): number {
  const longestWord = Math.max(...column.title.split(/\s+/).map((w) => w.length));
  return Math.max(KIND_REM[column.kind], longestWord * HEADING_CHAR_REM + CELL_PADDING_REM);
}

/** The width in rem a table needs to show its columns side by side. */
export const tableWidthRem = (columns: readonly Pick<Column, 'kind' | 'title'>[], actions: boolean) =>
  ROW_NUMBER_REM + (actions ? ACTIONS_REM : 0) + columns.reduce((sum, c) => sum + columnWidthRem(c), 0);

const remPx = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * Whether the table must be laid out as stacked cards because the room it has is narrower than its columns
 * (WCAG 1.4.10: a phone, a narrow window, 400 % zoom). Measured before paint and again whenever the room
 * changes; without ResizeObserver (jsdom, server rendering) the table stays a table.
 */
export function useStacked(frame: RefObject<HTMLElement | null>, neededRem: number): boolean {
  const [stacked, setStacked] = useState(false);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setStacked(element.clientWidth < neededRem * remPx());
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, neededRem]);
  return stacked;
}
