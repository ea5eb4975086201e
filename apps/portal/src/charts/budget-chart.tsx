import { Heading, Table, VStack } from '@navikt/ds-react';
import { useId, useRef } from 'react';
import { formatNok, formatNumber } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { useWidth } from '../layout/use-width.js';
import { chartScale } from './scale.js';

export interface ChartLine {
  /** Stable per line (the budget line's id). */
  id: string;
  label: string;
  budgeted: number;
  /** Null while the accounts for the line are not reported. */
  actual: number | null;
}

/**
 * Two layouts of the same chart. Wide: the line's name left of its bars. Narrow (a phone): the name above its
 * bars, in a drawing half as wide, so its text stays as large as the page's (WCAG 1.4.4, 1.4.10).
 */
const LAYOUTS = {
  wide: { width: 720, labelWidth: 210, labelHeight: 0, maxLabel: 30 },
  narrow: { width: 360, labelWidth: 8, labelHeight: 18, maxLabel: 44 },
} as const;
const NARROW_BELOW_PX = 560;
const BAR_HEIGHT = 14;
const TOP = 36;
const BOTTOM = 28;

const shorten = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * Budget against accounts per line: an SVG bar chart (one image with a title and a description, WCAG 1.1.1),
 * and the same figures as a table right under it, which is what screen readers and keyboard users read.
 * Colours differ in lightness too and have at least 3:1 contrast against the page (WCAG 1.4.1, 1.4.11).
 */
export function BudgetChart({ lines, heading }: { lines: readonly ChartLine[]; heading: string }) {
  const t = useT();
  const { language } = useLanguage();
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const measured = useWidth(frame);
  const layout = measured !== undefined && measured < NARROW_BELOW_PX ? LAYOUTS.narrow : LAYOUTS.wide;
  const { width, labelWidth, labelHeight } = layout;
  const groupHeight = labelHeight + 2 * BAR_HEIGHT + 16;
  const scale = chartScale(lines.flatMap((l) => [l.budgeted, l.actual ?? 0]));
  const plot = width - labelWidth - 24;
  const x = (value: number) => labelWidth + (value / scale.max) * plot;
  const height = TOP + lines.length * groupHeight + BOTTOM;
  const total = (pick: (l: ChartLine) => number | null) => lines.reduce((sum, l) => sum + (pick(l) ?? 0), 0);
  const anyActual = lines.some((l) => l.actual !== null);

  return (
    <VStack gap="space-16" className="budget-chart" ref={frame}>
      <Heading level="3" size="small">
        {heading}
      </Heading>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="budget-chart__svg"
      >
        <title id={`${id}-title`}>{t('chartTitle')}</title>
        <desc id={`${id}-desc`}>{t('chartDescription')}</desc>
        <g className="budget-chart__legend" transform={`translate(${labelWidth}, 8)`}>
          <rect width="14" height="14" className="budget-chart__bar--budget" />
          <text x="20" y="12">
            {t('chartBudget')}
          </text>
          <rect x="110" width="14" height="14" className="budget-chart__bar--actual" />
          <text x="130" y="12">
            {t('chartActual')}
          </text>
        </g>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={TOP - 4}
              y2={height - BOTTOM}
              className="budget-chart__grid"
            />
            <text x={x(tick)} y={height - 8} textAnchor="middle" className="budget-chart__tick">
              {formatNumber(tick, language)}
            </text>
          </g>
        ))}
        {lines.map((line, i) => {
          const y = TOP + i * groupHeight;
          const bars = y + labelHeight;
          return (
            <g key={line.id}>
              <text
                x={labelHeight ? labelWidth : labelWidth - 8}
                y={labelHeight ? y + 12 : y + BAR_HEIGHT + 4}
                textAnchor={labelHeight ? 'start' : 'end'}
                className="budget-chart__label"
              >
                {shorten(line.label, layout.maxLabel)}
              </text>
              <rect
                x={labelWidth}
                y={bars}
                width={x(line.budgeted) - labelWidth}
                height={BAR_HEIGHT}
                className="budget-chart__bar--budget"
              />
              <rect
                x={labelWidth}
                y={bars + BAR_HEIGHT + 2}
                width={x(line.actual ?? 0) - labelWidth}
                height={BAR_HEIGHT}
                className="budget-chart__bar--actual"
              />
            </g>
          );
        })}
      </svg>
      <Table size="small" className="stacked-table">
        <caption className="budget-chart__caption">{t('chartTableCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('chartLine')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('chartBudget')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('chartActual')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('chartDeviation')}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((line) => (
            <Table.Row key={line.id}>
              <Table.HeaderCell scope="row">{line.label}</Table.HeaderCell>
              <Table.DataCell align="right" className="amount" data-label={t('chartBudget')}>
                {formatNok(line.budgeted, language)}
              </Table.DataCell>
              <Table.DataCell align="right" className="amount" data-label={t('chartActual')}>
                {line.actual === null ? '–' : formatNok(line.actual, language)}
              </Table.DataCell>
              <Table.DataCell align="right" className="amount" data-label={t('chartDeviation')}>
                {line.actual === null ? '–' : formatNok(line.actual - line.budgeted, language)}
              </Table.DataCell>
            </Table.Row>
          ))}
          <Table.Row className="budget-chart__total">
            <Table.HeaderCell scope="row">{t('chartTotal')}</Table.HeaderCell>
            <Table.DataCell align="right" className="amount" data-label={t('chartBudget')}>
              {formatNok(
                total((l) => l.budgeted),
                language,
              )}
            </Table.DataCell>
            <Table.DataCell align="right" className="amount" data-label={t('chartActual')}>
              {anyActual
                ? formatNok(
                    total((l) => l.actual),
                    language,
                  )
                : '–'}
            </Table.DataCell>
            <Table.DataCell align="right" className="amount" data-label={t('chartDeviation')}>
              {anyActual ? formatNok(total((l) => l.actual) - total((l) => l.budgeted), language) : '–'}
            </Table.DataCell>
          </Table.Row>
        </Table.Body>
      </Table>
    </VStack>
  );
}
