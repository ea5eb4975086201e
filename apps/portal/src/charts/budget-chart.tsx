import { Heading, Table, VStack } from '@navikt/ds-react';
import { formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { BarChart } from './bar-chart.js';

export interface ChartLine {
  /** Stable per line (the budget line's id). */
  id: string;
  label: string;
  budgeted: number;
  /** Null while the accounts for the line are not reported. */
  actual: number | null;
}

/** Budget against accounts per line: the bar chart, and the same figures as a table right under it. */
export function BudgetChart({ lines, heading }: { lines: readonly ChartLine[]; heading: string }) {
  const t = useT();
  const { language } = useLanguage();
  const total = (pick: (l: ChartLine) => number | null) => lines.reduce((sum, l) => sum + (pick(l) ?? 0), 0);
  const anyActual = lines.some((l) => l.actual !== null);

  return (
    <VStack gap="space-16" className="budget-chart">
      <Heading level="3" size="small">
        {heading}
      </Heading>
      <BarChart
        title={t('chartTitle')}
        description={t('chartDescription')}
        series={[
          { label: t('chartBudget'), tone: 1 },
          { label: t('chartActual'), tone: 2 },
        ]}
        groups={lines.map((l) => ({ id: l.id, label: l.label, values: [l.budgeted, l.actual] }))}
      />
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
