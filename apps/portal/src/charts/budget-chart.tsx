import { Heading, Table, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { formatNok, formatNumber } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { chartScale } from './scale.js';

export interface ChartLine {
  /** Stable per line (the budget line's id). */
  id: string;
  label: string;
  budgeted: number;
  /** Null while the accounts for the line are not reported. */
  actual: number | null;
}

const WIDTH = 720;
const LABEL_WIDTH = 210;
const BAR_HEIGHT = 14;
const GROUP_HEIGHT = 2 * BAR_HEIGHT + 16;
const TOP = 36;
const BOTTOM = 28;
const MAX_LABEL = 30;

const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/**
 * Budget against accounts per line: an SVG bar chart (one image with a title and a description, WCAG 1.1.1),
 * and the same figures as a table right under it, which is what screen readers and keyboard users read.
 * Colours differ in lightness too and have at least 3:1 contrast against the page (WCAG 1.4.1, 1.4.11).
 */
export function BudgetChart({ lines, heading }: { lines: readonly ChartLine[]; heading: string }) {
  const t = useT();
  const { language } = useLanguage();
  const id = useId();
  const scale = chartScale(lines.flatMap((l) => [l.budgeted, l.actual ?? 0]));
  const plot = WIDTH - LABEL_WIDTH - 16;
  const x = (value: number) => LABEL_WIDTH + (value / scale.max) * plot;
  const height = TOP + lines.length * GROUP_HEIGHT + BOTTOM;
  const total = (pick: (l: ChartLine) => number | null) => lines.reduce((sum, l) => sum + (pick(l) ?? 0), 0);
  const anyActual = lines.some((l) => l.actual !== null);

  return (
    <VStack gap="space-16" className="budget-chart">
      <Heading level="3" size="small">
        {heading}
      </Heading>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="budget-chart__svg"
      >
        <title id={`${id}-title`}>{t('chartTitle')}</title>
        <desc id={`${id}-desc`}>{t('chartDescription')}</desc>
        <g className="budget-chart__legend" transform={`translate(${LABEL_WIDTH}, 8)`}>
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
          const y = TOP + i * GROUP_HEIGHT;
          return (
            <g key={line.id}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + BAR_HEIGHT + 4}
                textAnchor="end"
                className="budget-chart__label"
              >
                {shorten(line.label)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={x(line.budgeted) - LABEL_WIDTH}
                height={BAR_HEIGHT}
                className="budget-chart__bar--budget"
              />
              <rect
                x={LABEL_WIDTH}
                y={y + BAR_HEIGHT + 2}
                width={x(line.actual ?? 0) - LABEL_WIDTH}
                height={BAR_HEIGHT}
                className="budget-chart__bar--actual"
              />
            </g>
          );
        })}
      </svg>
      <div className="table-scroll">
        <Table size="small">
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
                <Table.DataCell align="right" className="amount">
                  {formatNok(line.budgeted, language)}
                </Table.DataCell>
                <Table.DataCell align="right" className="amount">
                  {line.actual === null ? '–' : formatNok(line.actual, language)}
                </Table.DataCell>
                <Table.DataCell align="right" className="amount">
                  {line.actual === null ? '–' : formatNok(line.actual - line.budgeted, language)}
                </Table.DataCell>
              </Table.Row>
            ))}
            <Table.Row className="budget-chart__total">
              <Table.HeaderCell scope="row">{t('chartTotal')}</Table.HeaderCell>
              <Table.DataCell align="right" className="amount">
                {formatNok(
                  total((l) => l.budgeted),
                  language,
                )}
              </Table.DataCell>
              <Table.DataCell align="right" className="amount">
                {anyActual
                  ? formatNok(
                      total((l) => l.actual),
                      language,
                    )
                  : '–'}
              </Table.DataCell>
              <Table.DataCell align="right" className="amount">
                {anyActual ? formatNok(total((l) => l.actual) - total((l) => l.budgeted), language) : '–'}
              </Table.DataCell>
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
    </VStack>
  );
}
