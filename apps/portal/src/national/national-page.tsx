import { Link as AkselLink, BodyLong, Heading, Select, Table, VStack } from '@navikt/ds-react';
import { COUNTY_OFFICES, osloDate, PRIORITY_AREAS } from '@sosialtilskudd/domain';
import { enumLabel } from '@sosialtilskudd/forms';
import type { ReactNode } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { now } from '../app/clock.js';
import { requireSession } from '../auth/guard.js';
import { BarChart } from '../charts/bar-chart.js';
import { ExportButtons } from '../export/export-buttons.js';
import type { ExportTable } from '../export/table.js';
import { formatDate, formatNok, formatNumber } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { type Language, useLanguage } from '../i18n/language.js';
import { type TextKey, text } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import {
  AMOUNT_KEYS,
  type CaseFigures,
  grouped,
  overdueReports,
  TOTAL_KEYS,
  type Totals,
  totalsOf,
  yearsOf,
} from './figures.js';
import { loadNationalFigures } from './national-data.js';

export async function nationalLoader({ request }: LoaderFunctionArgs): Promise<CaseFigures[]> {
  requireSession(request, ['directorate']);
  return loadNationalFigures();
}

const COLUMN: Record<keyof Totals, TextKey> = {
  applications: 'colApplications',
  requested: 'colRequestedSum',
  grants: 'colGrants',
  granted: 'colGranted',
  paid: 'colPaid',
  reported: 'colReported',
  repaymentClaimed: 'colRepaymentClaimed',
  transferred: 'colTransferred',
};

interface FigureRow {
  id: string;
  label: string;
  /** A shorter name for the chart, whose title already says what the rows are. */
  short?: string;
  /** The cases behind the row, in the case list. */
  to?: string;
  totals: Totals;
}

const cell = (key: keyof Totals, totals: Totals, language: Language) =>
  AMOUNT_KEYS.has(key) ? formatNok(totals[key], language) : formatNumber(totals[key], language);

/** Rows of figures with the country's total last, each row's name leading to its cases. */
function FiguresTable({
  caption,
  first,
  rows,
  total,
}: {
  caption: string;
  first: string;
  rows: FigureRow[];
  total?: FigureRow;
}) {
  const t = useT();
  const { language } = useLanguage();
  const line = (row: FigureRow, isTotal = false) => (
    <Table.Row key={row.id} className={isTotal ? 'budget-chart__total' : undefined}>
      <Table.HeaderCell scope="row">
        {row.to ? (
          <AkselLink as={Link} to={row.to}>
            {row.label}
          </AkselLink>
        ) : (
          row.label
        )}
      </Table.HeaderCell>
      {TOTAL_KEYS.map((key) => (
        <Table.DataCell key={key} align="right" className="amount" data-label={t(COLUMN[key])}>
          {cell(key, row.totals, language)}
        </Table.DataCell>
      ))}
    </Table.Row>
  );
  return (
    <Table size="small" className="stacked-table figures-table">
      <caption className="table-caption">{caption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{first}</Table.ColumnHeader>
          {TOTAL_KEYS.map((key) => (
            <Table.ColumnHeader key={key} scope="col" align="right">
              {t(COLUMN[key])}
            </Table.ColumnHeader>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => line(row))}
        {total ? line(total, true) : null}
      </Table.Body>
    </Table>
  );
}

/** The same rows for a spreadsheet: counts and amounts as numbers. */
function figuresExport(name: string, first: string, rows: FigureRow[], language: Language): ExportTable {
  return {
    name,
    columns: [
      { header: first, kind: 'text' },
      ...TOTAL_KEYS.map((key) => ({
        header: text(COLUMN[key], language),
        kind: AMOUNT_KEYS.has(key) ? ('amount' as const) : ('number' as const),
      })),
    ],
    rows: rows.map((row) => [row.label, ...TOTAL_KEYS.map((key) => row.totals[key])]),
  };
}

/** Søkt, innvilget and utbetalt side by side for each row (counties, or years). */
function MoneyChart({ title, rows }: { title: string; rows: FigureRow[] }) {
  const t = useT();
  return (
    <BarChart
      title={title}
      description={t('nationalChartDescription')}
      series={[
        { label: t('seriesRequested'), tone: 1 },
        { label: t('seriesGranted'), tone: 2 },
        { label: t('seriesPaid'), tone: 3 },
      ]}
      groups={rows.map((row) => ({
        id: row.id,
        label: row.short ?? row.label,
        values: [row.totals.requested, row.totals.granted, row.totals.paid],
      }))}
    />
  );
}

/** A section with its heading, what it shows, and its export. */
function Section({
  id,
  heading,
  children,
  exportTable,
}: {
  id: string;
  heading: string;
  children: ReactNode;
  exportTable: () => ExportTable;
}) {
  return (
    <section aria-labelledby={id}>
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={id}>
          {heading}
        </Heading>
        {children}
        <ExportButtons table={exportTable} describedBy={id} />
      </VStack>
    </section>
  );
}

/**
 * The directorate's national view (§ 11 copy, § 12 control, § 14 evaluation): per county office and for the
 * country, per year — applications, grants, payments, reports, repayment claims and transfers — by priority area,
 * as tables and as charts where people compare; the status reports that are overdue; every row leads to its cases.
 */
export function NationalPage() {
  const cases = useLoaderData() as CaseFigures[];
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const years = yearsOf(cases);
  const asked = Number(new URLSearchParams(location.search).get('ar'));
  const year = years.includes(asked) ? asked : (years[0] ?? Number(osloDate(now()).slice(0, 4)));
  const ofYear = cases.filter((c) => c.year === year);
  const today = osloDate(now());
  const countyName = (id: string) =>
    id === 'directorate'
      ? t('nationalDirectorate')
      : authorityName({ kind: 'county-office', countyOfficeId: id as never }, `${year}-12-31`, language);
  const counties: FigureRow[] = grouped(ofYear, (c) => [c.authorityId], [
    ...COUNTY_OFFICES.map((o) => o.id as string),
    'directorate',
  ]).map((g) => ({
    id: g.key,
    label: countyName(g.key),
    short: countyName(g.key).replace(/^Statsforvalt[ae]ren i /, ''),
    to: `/saker?ar=${year}&embete=${g.key}`,
    totals: g.totals,
  }));
  const country: FigureRow = { id: 'country', label: t('nationalCountry'), totals: totalsOf(ofYear) };
  const byYear: FigureRow[] = grouped(cases, (c) => [c.year], [...years].reverse()).map((g) => ({
    id: String(g.key),
    label: String(g.key),
    to: `/saker?ar=${g.key}`,
    totals: g.totals,
  }));
  const areas: FigureRow[] = grouped(ofYear, (c) => c.priorityAreas, Object.keys(PRIORITY_AREAS)).map(
    (g) => ({
      id: g.key,
      label: enumLabel(g.key, language),
      totals: g.totals,
    }),
  );
  const overdue = overdueReports(cases, today);
  const name = (what: string) => t('nationalExportName', { what, date: today });
  const countyHeading = t('nationalByCounty', { year });
  const areaHeading = t('nationalByArea', { year });

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading title={t('nationalTitle')}>{t('nationalTitle')}</PageHeading>
        <BodyLong>{t('nationalIntro')}</BodyLong>
        <div className="year-select">
          <Select
            label={t('nationalYear')}
            size="small"
            value={String(year)}
            onChange={(event) => navigate(`/nasjonalt?ar=${event.target.value}`, { replace: true })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </div>
      </VStack>

      <Section
        id="national-counties"
        heading={countyHeading}
        exportTable={() =>
          figuresExport(name(`statsforvaltere-${year}`), t('colCounty'), [...counties, country], language)
        }
      >
        <MoneyChart title={t('nationalChartCounties', { year })} rows={counties} />
        <FiguresTable caption={countyHeading} first={t('colCounty')} rows={counties} total={country} />
      </Section>

      <Section
        id="national-years"
        heading={t('nationalByYear')}
        exportTable={() => figuresExport(name('per-ar'), t('colYear'), byYear, language)}
      >
        <MoneyChart title={t('nationalChartYears')} rows={byYear} />
        <FiguresTable caption={t('nationalByYear')} first={t('colYear')} rows={byYear} />
      </Section>

      <Section
        id="national-areas"
        heading={areaHeading}
        exportTable={() => figuresExport(name(`prioriterte-omrader-${year}`), t('colArea'), areas, language)}
      >
        <BodyLong>{t('nationalAreaNote')}</BodyLong>
        <FiguresTable caption={areaHeading} first={t('colArea')} rows={areas} />
      </Section>

      <section aria-labelledby="national-overdue">
        <Heading level="2" size="medium" spacing id="national-overdue">
          {t('nationalOverdue')}
        </Heading>
        {overdue.length === 0 ? (
          <BodyLong>{t('nationalOverdueNone')}</BodyLong>
        ) : (
          <ul className="plain-list">
            {overdue.map((c) => (
              <li key={c.id}>
                <AkselLink as={Link} to={`/saker/${c.id}`}>
                  {c.measureName}
                </AkselLink>{' '}
                {t('nationalOverdueItem', {
                  office: c.applicantName,
                  county: countyName(c.authorityId),
                  date: formatDate(c.reportingDeadline ?? '', language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </VStack>
  );
}
