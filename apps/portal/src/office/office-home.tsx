import { Link as AkselLink, BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { type Call, findCall } from '@sosialtilskudd/domain';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import { now } from '../app/clock.js';
import { DRAFTER_ROLES, OFFICE_ROLES, requireSession } from '../auth/guard.js';
import { StateTag } from '../cases/state-tag.js';
import { formatDate, formatDateTime, formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { type DueItem, daysUntil, dueItems } from './due.js';

type Summary = Schemas['ApplicationSummary'];

interface OfficeHomeData {
  officeName: string;
  applications: Summary[];
  calls: Call[];
  acceptanceDeadlines: Map<string, string>;
  role: Schemas['Principal']['role'];
}

export async function officeHomeLoader({ request }: LoaderFunctionArgs): Promise<OfficeHomeData> {
  const session = requireSession(request, OFFICE_ROLES);
  const [list, calls] = await Promise.all([
    api.GET('/v1/applications', { params: { query: { limit: 500 } } }),
    api.GET('/v1/calls'),
  ]);
  // The acceptance deadline is in each granted case's letter (§ 10).
  const granted = list.items.filter((a) => a.state === 'granted');
  const letters = await Promise.all(
    granted.map((a) =>
      api.GET('/v1/applications/{applicationId}/letter', { params: { path: { applicationId: a.id } } }),
    ),
  );
  const acceptanceDeadlines = new Map<string, string>();
  letters.forEach((letter, i) => {
    const id = granted[i]?.id;
    if (id && letter.document.documentType === 'grant-letter')
      acceptanceDeadlines.set(id, letter.document.acceptance.deadline);
  });
  return {
    officeName: list.items[0]?.applicantName ?? session.principal.name,
    applications: list.items,
    calls: calls.items as Call[],
    acceptanceDeadlines,
    role: session.principal.role,
  };
}

function Countdown({ deadline }: { deadline: string }) {
  const t = useT();
  const days = daysUntil(deadline, now());
  const text =
    days < 0
      ? t('overdue')
      : days === 0
        ? t('dueToday')
        : days === 1
          ? t('dayLeft')
          : t('daysLeft', { days });
  return <span className={days < 0 ? 'countdown countdown--late' : 'countdown'}>({text})</span>;
}

function DueLine({ item }: { item: DueItem }) {
  const t = useT();
  const { language } = useLanguage();
  const date = item.deadline ? formatDate(item.deadline, language) : '';
  if (item.kind === 'application')
    return (
      <VStack gap="space-8" align="start">
        <BodyShort>
          {t('dueApplication', { year: item.call.year, date })} <Countdown deadline={item.deadline} />
        </BodyShort>
        <Button as={Link} to={`/kontor/soknad/ny?utlysning=${item.call.id}`} size="small">
          {t('startApplication')}
        </Button>
      </VStack>
    );
  const measure = item.application.measureName;
  const key =
    item.kind === 'draft'
      ? 'dueDraft'
      : item.kind === 'signature'
        ? 'dueSignature'
        : item.kind === 'report'
          ? 'dueReport'
          : item.deadline
            ? 'dueAcceptance'
            : 'dueAcceptanceNoDate';
  const to =
    item.kind === 'draft' ? `/kontor/soknad/${item.application.id}` : `/kontor/sak/${item.application.id}`;
  return (
    <BodyShort>
      <AkselLink as={Link} to={to}>
        {t(key, { measure, date })}
      </AkselLink>{' '}
      {item.deadline ? <Countdown deadline={item.deadline} /> : null}
    </BodyShort>
  );
}

export function OfficeHomePage() {
  const data = useLoaderData() as OfficeHomeData;
  const t = useT();
  const { language } = useLanguage();
  const due = dueItems(data.role, data.applications, data.calls, data.acceptanceDeadlines, now());
  const writes = DRAFTER_ROLES.includes(data.role);
  const title = t('officeTitle', { office: data.officeName });
  return (
    <VStack gap="space-40">
      <PageHeading title={title}>{title}</PageHeading>
      <section aria-labelledby="due-heading">
        <Heading level="2" size="medium" spacing id="due-heading">
          {t('dueHeading')}
        </Heading>
        {due.length === 0 ? (
          <BodyShort>{t('dueNothing')}</BodyShort>
        ) : (
          <ul className="due-list">
            {due.map((item) => (
              <li
                key={
                  item.kind === 'application' ? `call-${item.call.id}` : `${item.kind}-${item.application.id}`
                }
              >
                <DueLine item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cases-heading">
        <Heading level="2" size="medium" spacing id="cases-heading">
          {t('casesHeading')}
        </Heading>
        {data.applications.length === 0 ? (
          <BodyShort>{t('casesEmpty')}</BodyShort>
        ) : (
          <Table className="stacked-table">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('colMeasure')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('colYear')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('colCaseNumber')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('colState')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('colRequested')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t('colUpdated')}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.applications.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row">
                    <AkselLink
                      as={Link}
                      to={a.state === 'draft' && writes ? `/kontor/soknad/${a.id}` : `/kontor/sak/${a.id}`}
                    >
                      {a.measureName}
                    </AkselLink>
                  </Table.HeaderCell>
                  <Table.DataCell data-label={t('colYear')}>{findCall(a.callId)?.year}</Table.DataCell>
                  <Table.DataCell data-label={t('colCaseNumber')}>{a.caseNumber ?? '–'}</Table.DataCell>
                  <Table.DataCell data-label={t('colState')}>
                    <StateTag state={a.state} />
                  </Table.DataCell>
                  <Table.DataCell align="right" className="amount" data-label={t('colRequested')}>
                    {formatNok(a.requestedGrant, language)}
                  </Table.DataCell>
                  <Table.DataCell data-label={t('colUpdated')}>
                    {formatDateTime(a.updatedAt, language)}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </VStack>
  );
}
