import { Link as AkselLink, BodyShort, Select, Table, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { CASE_STATES, type CaseState, findCall, osloDate } from '@sosialtilskudd/domain';
import { Link, type LoaderFunctionArgs, useLoaderData, useNavigate } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import type { Principal } from '../api/session.js';
import { now } from '../app/clock.js';
import { HANDLER_ROLES, requireSession } from '../auth/guard.js';
import { StateTag } from '../cases/state-tag.js';
import { formatDateTime, formatNok } from '../i18n/format.js';
import { authorityName, stateLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';

interface CountyCasesData {
  principal: Principal;
  state: CaseState | undefined;
  cases: Schemas['ApplicationSummary'][];
}

const isState = (value: string | null): value is CaseState =>
  value !== null && (CASE_STATES as readonly string[]).includes(value);

export async function countyCasesLoader({ request }: LoaderFunctionArgs): Promise<CountyCasesData> {
  const session = requireSession(request, HANDLER_ROLES);
  const wanted = new URL(request.url).searchParams.get('status');
  const state = isState(wanted) ? wanted : undefined;
  const list = await api.GET('/v1/applications', {
    params: { query: { limit: 500, ...(state ? { state } : {}) } },
  });
  return { principal: session.principal, state, cases: list.items };
}

/** The county office's cases (the directorate's: all), newest first, filtered by state. */
export function CountyCasesPage() {
  const data = useLoaderData() as CountyCasesData;
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
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
  const cases = [...data.cases].sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  return (
    <VStack gap="space-24">
      <PageHeading title={title}>{title}</PageHeading>
      <Select
        label={t('filterState')}
        value={data.state ?? ''}
        onChange={(event) => navigate(event.target.value ? `/saker?status=${event.target.value}` : '/saker')}
        className="state-filter"
      >
        <option value="">{t('filterAll')}</option>
        {CASE_STATES.filter((s) => s !== 'draft').map((s) => (
          <option key={s} value={s}>
            {stateLabel(s, language)}
          </option>
        ))}
      </Select>
      <BodyShort role="status">{t('casesCount', { count: cases.length })}</BodyShort>
      {cases.length === 0 ? null : (
        <Table className="stacked-table">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('colCaseNumber')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colMeasure')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colApplicant')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colYear')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('colRequested')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colState')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colSubmitted')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('colCaseworker')}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cases.map((c) => (
              <Table.Row key={c.id}>
                <Table.DataCell data-label={t('colCaseNumber')}>{c.caseNumber ?? '–'}</Table.DataCell>
                <Table.HeaderCell scope="row">
                  <AkselLink as={Link} to={`/saker/${c.id}`}>
                    {c.measureName}
                  </AkselLink>
                </Table.HeaderCell>
                <Table.DataCell data-label={t('colApplicant')}>{c.applicantName}</Table.DataCell>
                <Table.DataCell data-label={t('colYear')}>{findCall(c.callId)?.year}</Table.DataCell>
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
      )}
    </VStack>
  );
}
