import {
  Link as AkselLink,
  BodyShort,
  Button,
  HStack,
  Search,
  Select,
  Table,
  VStack,
} from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { CASE_STATES, osloDate } from '@sosialtilskudd/domain';
import { useMemo, useState } from 'react';
import {
  Link,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
  useLoaderData,
  useLocation,
  useNavigate,
} from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import type { Principal } from '../api/session.js';
import { now } from '../app/clock.js';
import { AUTHORITY_ROLES, requireSession } from '../auth/guard.js';
import { StateTag } from '../cases/state-tag.js';
import { submittedCases } from '../cases/submitted-cases.js';
import { ExportButtons } from '../export/export-buttons.js';
import { formatDateTime, formatNok } from '../i18n/format.js';
import { authorityName, stateLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { ApprovalQueue } from './approval-queue.js';
import {
  type CaseRow,
  caseRows,
  casesExport,
  choices,
  countyChoice,
  filterRows,
  type ListView,
  nextSort,
  SORT_KEYS,
  type SortKey,
  searchOf,
  sortRows,
  viewOf,
} from './case-list.js';

interface CountyCasesData {
  principal: Principal;
  cases: Schemas['ApplicationSummary'][];
  /** What waits for a second person's approval. */
  waiting: Schemas['ApprovalRecord'][];
}

export async function countyCasesLoader({ request }: LoaderFunctionArgs): Promise<CountyCasesData> {
  const session = requireSession(request, AUTHORITY_ROLES);
  const [cases, waiting] = await Promise.all([
    submittedCases(),
    api.GET('/v1/approvals', { params: { query: { state: 'proposed' } } }),
  ]);
  return { principal: session.principal, cases, waiting: waiting.items };
}

/** A search or a filter changes only the address: the cases are not fetched again for it. */
export const countyCasesShouldRevalidate = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;

const COLUMN_TEXT: Record<SortKey, TextKey> = {
  caseNumber: 'colCaseNumber',
  measure: 'colMeasure',
  applicant: 'colApplicant',
  county: 'colCounty',
  year: 'colYear',
  requested: 'colRequested',
  state: 'colState',
  submitted: 'colSubmitted',
  caseworker: 'colCaseworker',
};

function CaseTable({
  rows,
  view,
  withCounty,
  onSort,
}: {
  rows: readonly CaseRow[];
  view: ListView;
  withCounty: boolean;
  onSort: (key: SortKey) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const columns = SORT_KEYS.filter((key) => key !== 'county' || withCounty);
  const header = (key: SortKey) => (
    <Table.ColumnHeader
      key={key}
      scope="col"
      sortable
      sortKey={key}
      align={key === 'requested' ? 'right' : undefined}
    >
      {t(COLUMN_TEXT[key])}
    </Table.ColumnHeader>
  );
  return (
    <Table
      className="stacked-table"
      sort={{ orderBy: view.sort.key, direction: view.sort.direction }}
      onSortChange={(key) => onSort(key as SortKey)}
    >
      <Table.Header>
        <Table.Row>{columns.map(header)}</Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map(({ summary: c, year, countyName }) => (
          <Table.Row key={c.id}>
            <Table.DataCell data-label={t('colCaseNumber')}>{c.caseNumber ?? '–'}</Table.DataCell>
            <Table.HeaderCell scope="row">
              <AkselLink as={Link} to={`/saker/${c.id}`}>
                {c.measureName}
              </AkselLink>
            </Table.HeaderCell>
            <Table.DataCell data-label={t('colApplicant')}>{c.applicantName}</Table.DataCell>
            {withCounty ? <Table.DataCell data-label={t('colCounty')}>{countyName}</Table.DataCell> : null}
            <Table.DataCell data-label={t('colYear')}>{year ?? '–'}</Table.DataCell>
            <Table.DataCell align="right" className="amount" data-label={t('colRequested')}>
              {formatNok(c.requestedGrant, language)}
            </Table.DataCell>
            <Table.DataCell data-label={t('colState')}>
              <StateTag state={c.state} />
            </Table.DataCell>
            <Table.DataCell data-label={t('colSubmitted')}>
              {c.submittedAt ? formatDateTime(c.submittedAt, language) : '–'}
            </Table.DataCell>
            <Table.DataCell data-label={t('colCaseworker')}>{c.caseworker ?? '–'}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/**
 * The county office's cases (the directorate's: every office's): free-text search, filters by state, year, call,
 * Nav office and county office, sortable columns, and the list as it is shown exported to Excel or CSV.
 */
export function CountyCasesPage() {
  const data = useLoaderData() as CountyCasesData;
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const shown = viewOf(new URLSearchParams(location.search));
  // The search box answers each keystroke from its own state; the address follows it.
  const [query, setQuery] = useState(shown.query);
  const view = { ...shown, query };
  const show = (next: ListView) => {
    setQuery(next.query);
    navigate(`/saker${searchOf(next)}`, { replace: true });
  };
  const all = useMemo(() => caseRows(data.cases, language), [data.cases, language]);
  const rows = sortRows(filterRows(all, view), view.sort, language);
  const counties = choices(all, countyChoice);
  const withCounty = counties.length > 1;
  const officeId = data.principal.countyOfficeId;
  const title = officeId
    ? t('casesTitle', {
        authority: authorityName(
          { kind: 'county-office', countyOfficeId: officeId },
          osloDate(now()),
          language,
        ),
      })
    : t('casesAllTitle');
  const filtered = searchOf({ ...view, sort: { key: 'submitted', direction: 'descending' } }) !== '';
  const filter = <K extends 'year' | 'callId' | 'office' | 'countyOfficeId'>(
    key: K,
    label: TextKey,
    options: [NonNullable<ListView[K]>, string][],
  ) => (
    <Select
      label={t(label)}
      size="small"
      value={view[key] === undefined ? '' : String(view[key])}
      onChange={(event) => {
        const value = event.target.value;
        show({ ...view, [key]: value === '' ? undefined : key === 'year' ? Number(value) : value });
      }}
    >
      <option value="">{t('filterAll')}</option>
      {options.map(([value, name]) => (
        <option key={value} value={value}>
          {name}
        </option>
      ))}
    </Select>
  );
  return (
    <VStack gap="space-24">
      <PageHeading title={title}>{title}</PageHeading>
      <HStack gap="space-24" wrap>
        <AkselLink as={Link} to="/saker/runde">
          {t('roundLink')}
        </AkselLink>
        {data.principal.role === 'directorate' ? (
          <>
            <AkselLink as={Link} to="/nasjonalt/rammer">
              {t('frameUseTitle')}
            </AkselLink>
            <AkselLink as={Link} to="/nasjonalt">
              {t('nationalLink')}
            </AkselLink>
          </>
        ) : null}
      </HStack>
      <ApprovalQueue approvals={data.waiting} approver={data.principal.role === 'county-approver'} />
      <search className="case-filters" aria-label={t('filtersLabel')}>
        <VStack gap="space-16">
          <Search
            className="case-search"
            hideLabel={false}
            label={t('searchLabel')}
            description={t('searchHelp')}
            variant="simple"
            size="small"
            value={view.query}
            onChange={(query) => show({ ...view, query })}
            onClear={() => show({ ...view, query: '' })}
          />
          <HStack gap="space-16" wrap>
            <Select
              label={t('filterState')}
              size="small"
              value={view.state ?? ''}
              onChange={(event) =>
                show({ ...view, state: CASE_STATES.find((s) => s === event.target.value) })
              }
            >
              <option value="">{t('filterAll')}</option>
              {CASE_STATES.filter((s) => s !== 'draft').map((s) => (
                <option key={s} value={s}>
                  {stateLabel(s, language)}
                </option>
              ))}
            </Select>
            {filter(
              'year',
              'filterYear',
              choices(all, (row) => (row.year ? [row.year, String(row.year)] : undefined)),
            )}
            {filter(
              'callId',
              'filterCall',
              choices(all, (row) => [row.summary.callId, row.callName]),
            )}
            {filter(
              'office',
              'filterOffice',
              choices(all, (row) => [row.summary.organisationNumber, row.summary.applicantName]),
            )}
            {withCounty ? filter('countyOfficeId', 'filterCounty', counties) : null}
            <HStack gap="space-8" wrap className="sort-controls">
              <Select
                label={t('sortBy')}
                size="small"
                value={view.sort.key}
                onChange={(event) =>
                  show({ ...view, sort: { ...view.sort, key: event.target.value as SortKey } })
                }
              >
                {SORT_KEYS.filter((key) => key !== 'county' || withCounty).map((key) => (
                  <option key={key} value={key}>
                    {t(COLUMN_TEXT[key])}
                  </option>
                ))}
              </Select>
              <Select
                label={t('sortDirection')}
                size="small"
                value={view.sort.direction}
                onChange={(event) =>
                  show({
                    ...view,
                    sort: { ...view.sort, direction: event.target.value as ListView['sort']['direction'] },
                  })
                }
              >
                <option value="ascending">{t('sortAscending')}</option>
                <option value="descending">{t('sortDescending')}</option>
              </Select>
            </HStack>
          </HStack>
          {filtered ? (
            <div>
              <Button variant="tertiary" size="small" onClick={() => show({ query: '', sort: view.sort })}>
                {t('filtersClear')}
              </Button>
            </div>
          ) : null}
        </VStack>
      </search>
      <HStack gap="space-16" justify="space-between" align="center" wrap>
        <BodyShort role="status">
          {rows.length === all.length
            ? t('casesCount', { count: all.length })
            : t('casesShown', { shown: rows.length, count: all.length })}
        </BodyShort>
        {rows.length > 0 ? (
          <ExportButtons
            table={() =>
              casesExport(rows, withCounty, language, t('casesExportName', { date: osloDate(now()) }))
            }
          />
        ) : null}
      </HStack>
      {rows.length === 0 ? null : (
        <CaseTable
          rows={rows}
          view={view}
          withCounty={withCounty}
          onSort={(key) => show({ ...view, sort: nextSort(view.sort, key) })}
        />
      )}
    </VStack>
  );
}
