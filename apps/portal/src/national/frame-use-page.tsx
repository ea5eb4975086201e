import { Link as AkselLink, BodyLong, BodyShort, HStack, Select, Table, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { callTitle } from '@sosialtilskudd/forms';
import { Link, type LoaderFunctionArgs, useLoaderData, useNavigate } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { now } from '../app/clock.js';
import { DownloadButton } from '../app/download-button.js';
import { requireSession } from '../auth/guard.js';
import { FRAME_PARTS, type FrameTotals, FrameUseBar, frameFigures } from '../county/frame-use-bar.js';
import { callSearchOf, roundCallOf, roundCalls, roundSearchOf } from '../county/round-board.js';
import { formatNumber } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { downloadFrameUseCsv, loadFrameUse } from './frame-use-data.js';
import { byFrameLeft, countryTotals, type HolderFrameUse, roundHolderOf } from './frame-use-figures.js';

export async function frameUseLoader({ request }: LoaderFunctionArgs): Promise<Schemas['FrameUseOverview']> {
  requireSession(request, ['directorate']);
  const year = Number(osloDate(now()).slice(0, 4));
  return loadFrameUse(roundCallOf(new URL(request.url).searchParams, year));
}

/** The figures' columns: the frame, then its parts in the bar's order. */
const FIGURE_COLUMNS: readonly { key: keyof FrameTotals; text: TextKey }[] = [
  { key: 'frame', text: 'partFrame' },
  ...FRAME_PARTS,
];

/** One line of the table: the holder (its round board's link, or the country), its bar and its figures. */
function FrameUseRow({
  name,
  barTitle,
  to,
  totals,
  caseCount,
}: {
  name: string;
  barTitle: string;
  to?: string;
  totals: FrameTotals | undefined;
  caseCount: number;
}) {
  const t = useT();
  const { language } = useLanguage();
  const figures = totals ? frameFigures(totals, language) : undefined;
  return (
    <Table.Row className={to ? undefined : 'budget-chart__total'}>
      <Table.HeaderCell scope="row">
        {to ? (
          <AkselLink as={Link} to={to}>
            {name}
          </AkselLink>
        ) : (
          name
        )}
      </Table.HeaderCell>
      <Table.DataCell data-label={t('colFrameUse')} className="frame-use-table__bar">
        {totals ? <FrameUseBar title={barTitle} totals={totals} language={language} /> : t('frameUseNoFrame')}
      </Table.DataCell>
      {FIGURE_COLUMNS.map(({ key, text }) => (
        <Table.DataCell
          key={key}
          align="right"
          className={figures ? 'amount' : 'amount frame-use-table__none'}
          data-label={t(text)}
        >
          {figures?.[key] ?? '–'}
        </Table.DataCell>
      ))}
      <Table.DataCell align="right" data-label={t('colCases')}>
        {formatNumber(caseCount, language)}
      </Table.DataCell>
    </Table.Row>
  );
}

/** What each colour in the bars stands for; on a phone the table's column headings are not shown. */
function BarKey() {
  const t = useT();
  return (
    <VStack gap="space-4">
      <BodyShort weight="semibold" id="frame-use-key">
        {t('frameUseKey')}
      </BodyShort>
      <HStack as="ul" gap="space-16" wrap className="frame-use-key" aria-labelledby="frame-use-key">
        {FRAME_PARTS.map(({ key, text }) => (
          <li key={key}>
            <span className={`round-key round-part--${key}`} aria-hidden="true" />
            {t(text)}
          </li>
        ))}
      </HStack>
    </VStack>
  );
}

/**
 * The directorate's view of every county office's frame under a call (issue 17 item 6): each holder's use as one
 * bar, the same figures in a table (what screen readers read), the least left first; each leads to its round board.
 */
export function FrameUsePage() {
  const overview = useLoaderData() as Schemas['FrameUseOverview'];
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const today = osloDate(now());
  const nameOf = (holder: HolderFrameUse) =>
    holder.authority.kind === 'directorate'
      ? t('nationalDirectorate')
      : authorityName(holder.authority, today, language);
  const holders = byFrameLeft(overview.holders, nameOf, new Intl.Collator(language));
  const issued = holders.filter((h) => h.frame).length;
  const country = countryTotals(holders);
  const title = t('frameUseTitle');
  return (
    <VStack gap="space-24">
      <PageHeading title={title}>{title}</PageHeading>
      <BodyLong>{t('frameUseLead')}</BodyLong>
      <HStack gap="space-16" wrap as="search" aria-label={t('roundChoices')}>
        <Select
          label={t('filterCall')}
          size="small"
          value={overview.callId}
          onChange={(event) => navigate(`/nasjonalt/rammer${callSearchOf(event.target.value)}`)}
        >
          {roundCalls().map((call) => (
            <option key={call.id} value={call.id}>
              {callTitle(call.id, language) ?? String(call.year)}
            </option>
          ))}
        </Select>
      </HStack>
      <BodyShort role="status">
        {issued === 0
          ? t('frameUseNoneIssued')
          : t('frameUseIssued', { count: issued, total: holders.length })}
      </BodyShort>
      {issued > 0 ? <BarKey /> : null}
      <Table size="small" className="stacked-table frame-use-table">
        <caption className="table-caption">{t('frameUseCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('colHolder')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('colFrameUse')}</Table.ColumnHeader>
            {FIGURE_COLUMNS.map(({ key, text }) => (
              <Table.ColumnHeader key={key} scope="col" align="right">
                {t(text)}
              </Table.ColumnHeader>
            ))}
            <Table.ColumnHeader scope="col" align="right">
              {t('colCases')}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {holders.map((holder) => (
            <FrameUseRow
              key={roundHolderOf(holder)}
              name={nameOf(holder)}
              barTitle={t('frameUseBarTitle', { authority: nameOf(holder) })}
              to={`/saker/runde${roundSearchOf({ callId: overview.callId, holder: roundHolderOf(holder) }, true)}`}
              totals={holder.totals ?? undefined}
              caseCount={holder.caseCount}
            />
          ))}
          <FrameUseRow
            name={t('nationalCountry')}
            barTitle={t('frameUseCountryBar')}
            totals={country}
            caseCount={holders.reduce((sum, h) => sum + h.caseCount, 0)}
          />
        </Table.Body>
      </Table>
      <DownloadButton
        label={t('exportCsv')}
        done={t('frameUseCsvDone')}
        download={() => downloadFrameUseCsv(overview.callId)}
      />
    </VStack>
  );
}
