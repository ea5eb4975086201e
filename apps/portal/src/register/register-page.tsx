import {
  Link as AkselLink,
  BodyLong,
  BodyShort,
  Button,
  HStack,
  ReadMore,
  Search,
  Select,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { COUNTY_OFFICES, osloDate } from '@sosialtilskudd/domain';
import { enumLabel } from '@sosialtilskudd/forms';
import { useMemo } from 'react';
import { useLoaderData, useLocation, useNavigate } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import { now } from '../app/clock.js';
import { formatNok } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import {
  authorityOf,
  filterMeasures,
  type Measure,
  type RegisterView,
  searchOf,
  viewOf,
  yearsOf,
} from './register-view.js';

/** Open to everyone, logged in or not: the API serves the register without a token. */
export async function registerLoader(): Promise<Measure[]> {
  return (await api.GET('/v1/register')).items;
}

function MeasureRow({ m }: { m: Measure }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{m.measure}</Table.HeaderCell>
      <Table.DataCell data-label={t('registerOffice')}>{m.navOffice.name}</Table.DataCell>
      <Table.DataCell data-label={t('registerMunicipalities')}>
        {m.municipalities.map((k) => k.name).join(', ')}
      </Table.DataCell>
      <Table.DataCell data-label={t('registerAuthority')}>
        {authorityName(m.authority, osloDate(now()), language)}
      </Table.DataCell>
      <Table.DataCell data-label={t('colYear')}>{m.years.join(', ')}</Table.DataCell>
      <Table.DataCell data-label={t('registerGranted')} align="right">
        {formatNok(m.grantedAmount, language)}
      </Table.DataCell>
      <Table.DataCell data-label={t('colState')}>
        <Tag size="small" variant={m.status === 'finished' ? 'neutral' : 'success'}>
          {t(m.status === 'finished' ? 'registerFinished' : 'registerRunning')}
        </Tag>
      </Table.DataCell>
      <Table.DataCell data-label={t('registerMore')}>
        <ReadMore header={t('registerAbout')} size="small">
          <VStack gap="space-8">
            {m.priorityAreas.length ? (
              <BodyShort size="small">
                {t('registerAreas')}: {m.priorityAreas.map((a) => enumLabel(a, language)).join('; ')}
              </BodyShort>
            ) : null}
            <BodyShort size="small">
              {m.finalReportSummary
                ? `${t('registerSummary')}: ${m.finalReportSummary}`
                : t('registerNoFinalReport')}
            </BodyShort>
          </VStack>
        </ReadMore>
      </Table.DataCell>
    </Table.Row>
  );
}

/**
 * The public register (seed 003: the list of all running projects): every measure that has had a grant, with
 * search and filters, and the same data to download as CSV and as a 360Giving file.
 */
export function RegisterPage() {
  const measures = useLoaderData() as Measure[];
  const t = useT();
  const { language } = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const view = viewOf(location.search);
  const shown = useMemo(() => filterMeasures(measures, view), [measures, view]);
  const change = (over: Partial<RegisterView>) =>
    navigate({ search: searchOf({ ...view, ...over }) }, { replace: true, preventScrollReset: true });
  const authorities = [...new Set(measures.map(authorityOf))];
  const today = osloDate(now());
  return (
    <VStack gap="space-24">
      <PageHeading title={t('registerTitle')}>{t('registerTitle')}</PageHeading>
      <BodyLong>{t('registerIntro')}</BodyLong>
      <HStack gap="space-16" wrap>
        <AkselLink href="/v1/register.csv" download>
          {t('registerCsv')}
        </AkselLink>
        <AkselLink href="/v1/register/360giving.json">{t('register360')}</AkselLink>
        <AkselLink href="/v1/register">{t('registerJson')}</AkselLink>
      </HStack>
      <search className="case-filters" aria-label={t('registerFilters')}>
        <VStack gap="space-16">
          <Search
            className="case-search"
            hideLabel={false}
            label={t('registerSearch')}
            variant="simple"
            size="small"
            value={view.q}
            onChange={(q) => change({ q })}
            onClear={() => change({ q: '' })}
          />
          <HStack gap="space-16" align="end" wrap>
            <Select
              label={t('registerAuthority')}
              size="small"
              value={view.authority}
              onChange={(e) => change({ authority: e.target.value })}
            >
              <option value="">{t('filterAll')}</option>
              {COUNTY_OFFICES.filter((o) => authorities.includes(o.id)).map((o) => (
                <option key={o.id} value={o.id}>
                  {authorityName({ kind: 'county-office', countyOfficeId: o.id }, today, language)}
                </option>
              ))}
              {authorities.includes('directorate') ? (
                <option value="directorate">{authorityName({ kind: 'directorate' }, today, language)}</option>
              ) : null}
            </Select>
            <Select
              label={t('colYear')}
              size="small"
              value={view.year}
              onChange={(e) => change({ year: e.target.value })}
            >
              <option value="">{t('filterAll')}</option>
              {yearsOf(measures).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
            <Select
              label={t('colState')}
              size="small"
              value={view.status}
              onChange={(e) => change({ status: e.target.value })}
            >
              <option value="">{t('filterAll')}</option>
              <option value="running">{t('registerRunning')}</option>
              <option value="finished">{t('registerFinished')}</option>
            </Select>
            {searchOf(view) ? (
              <Button
                type="button"
                size="small"
                variant="tertiary"
                onClick={() => change({ q: '', authority: '', year: '', status: '' })}
              >
                {t('filtersClear')}
              </Button>
            ) : null}
          </HStack>
        </VStack>
      </search>
      <BodyShort role="status">
        {t('registerCount', { shown: shown.length, total: measures.length })}
      </BodyShort>
      {shown.length ? (
        <Table className="stacked-table">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('colMeasure')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('registerOffice')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('registerMunicipalities')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('registerAuthority')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colYear')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('registerGranted')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colState')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('registerMore')}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((m) => (
              <MeasureRow key={m.id} m={m} />
            ))}
          </Table.Body>
        </Table>
      ) : (
        <BodyLong>{t('registerNone')}</BodyLong>
      )}
    </VStack>
  );
}
