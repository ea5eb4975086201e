import {
  Link as AkselLink,
  BodyLong,
  BodyShort,
  Heading,
  HStack,
  Select,
  Table,
  VStack,
} from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { COUNTY_OFFICE_IDS, osloDate } from '@sosialtilskudd/domain';
import { callTitle } from '@sosialtilskudd/forms';
import { Link, type LoaderFunctionArgs, useLoaderData, useNavigate } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import type { Principal } from '../api/session.js';
import { now } from '../app/clock.js';
import { DownloadButton } from '../app/download-button.js';
import { AUTHORITY_ROLES, requireSession } from '../auth/guard.js';
import { XlsxButton } from '../export/export-buttons.js';
import type { ExportTable } from '../export/table.js';
import { formatNok, formatNumber } from '../i18n/format.js';
import { authorityName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { FRAME_PARTS, type FrameTotals, FrameUseBar, frameFigures } from './frame-use-bar.js';
import {
  downloadRoundCsv,
  KIND_TEXT,
  loadRoundBoard,
  ROUND_KINDS,
  ROUND_STAGES,
  type RoundHolder,
  type RoundView,
  roundCalls,
  roundSearchOf,
  roundViewOf,
  STAGE_TEXT,
} from './round-board.js';

interface RoundBoardData {
  principal: Principal;
  view: RoundView;
  board: Schemas['RoundBoard'];
}

export async function roundBoardLoader({ request }: LoaderFunctionArgs): Promise<RoundBoardData> {
  const session = requireSession(request, AUTHORITY_ROLES);
  const year = Number(osloDate(now()).slice(0, 4));
  const view = roundViewOf(new URL(request.url).searchParams, session.principal, year);
  return { principal: session.principal, view, board: await loadRoundBoard(view) };
}

const COMMITMENT_TEXT: Record<Schemas['CommitmentUse']['status'], TextKey> = {
  held: 'commitmentHeld',
  proposed: 'commitmentProposed',
  granted: 'commitmentGranted',
  released: 'commitmentReleased',
};

/** The frame as one bar read at a glance, and the same figures in a table (what screen readers read). */
function FrameUse({ totals }: { totals: FrameTotals }) {
  const t = useT();
  const { language } = useLanguage();
  const figures = frameFigures(totals, language);
  return (
    <VStack gap="space-16" as="section" aria-labelledby="round-frame">
      <Heading level="2" size="medium" id="round-frame">
        {t('roundFrameHeading')}
      </Heading>
      <BodyLong>
        {totals.remaining < 0
          ? t('roundOverFrame', { amount: formatNok(-totals.remaining, language), frame: figures.frame })
          : t('roundFrameLead', { remaining: figures.remaining, frame: figures.frame })}
      </BodyLong>
      <FrameUseBar title={t('roundChartTitle')} totals={totals} language={language} />
      <Table size="small" className="round-figures">
        <caption className="table-caption">{t('roundFiguresCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('roundPart')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('colAmount')}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {FRAME_PARTS.map(({ key, text }) => (
            <Table.Row key={key}>
              <Table.HeaderCell scope="row">
                <span className={`round-key round-part--${key}`} aria-hidden="true" />
                {t(text)}
              </Table.HeaderCell>
              <Table.DataCell align="right" className="amount">
                {figures[key]}
              </Table.DataCell>
            </Table.Row>
          ))}
          <Table.Row className="budget-chart__total">
            <Table.HeaderCell scope="row">{t('partFrame')}</Table.HeaderCell>
            <Table.DataCell align="right" className="amount">
              {figures.frame}
            </Table.DataCell>
          </Table.Row>
        </Table.Body>
      </Table>
    </VStack>
  );
}

/** Last year's multi-year grants that bind part of this year's frame. */
function Commitments({ commitments }: { commitments: Schemas['CommitmentUse'][] }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <VStack gap="space-16" as="section" aria-labelledby="round-commitments">
      <Heading level="2" size="medium" id="round-commitments">
        {t('roundCommitmentsHeading')}
      </Heading>
      <BodyLong>{t('roundCommitmentsLead')}</BodyLong>
      <Table size="small" className="stacked-table">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t('colMeasure')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('colCaseNumber')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('colMeasureYear')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {t('colAmount')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t('colCommitmentStatus')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {commitments.map((c) => (
            <Table.Row key={c.caseNumber}>
              <Table.HeaderCell scope="row">{c.measureName}</Table.HeaderCell>
              <Table.DataCell data-label={t('colCaseNumber')}>{c.caseNumber}</Table.DataCell>
              <Table.DataCell data-label={t('colMeasureYear')}>{c.measureYear}</Table.DataCell>
              <Table.DataCell align="right" className="amount" data-label={t('colAmount')}>
                {c.basis === 'assumed'
                  ? t('commitmentAssumed', { amount: formatNok(c.amount, language) })
                  : formatNok(c.amount, language)}
              </Table.DataCell>
              <Table.DataCell data-label={t('colCommitmentStatus')}>
                {t(COMMITMENT_TEXT[c.status])}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}

/** The ranked cases as a spreadsheet: the same columns as the table, amounts and scores as numbers. */
function roundTable(board: Schemas['RoundBoard'], t: ReturnType<typeof useT>): ExportTable {
  return {
    name: `tildelingsrunde-${board.callId}`,
    columns: [
      { header: t('colRank'), kind: 'number' },
      { header: t('colMeasure'), kind: 'text' },
      { header: t('colCaseNumber'), kind: 'text' },
      { header: t('colApplicant'), kind: 'text' },
      { header: t('colKind'), kind: 'text' },
      { header: t('colScore'), kind: 'number' },
      { header: t('colPriorities'), kind: 'number' },
      { header: t('colStage'), kind: 'text' },
      { header: t('colRequested'), kind: 'amount' },
      { header: t('colFrameAmount'), kind: 'amount' },
    ],
    rows: board.cases.map((c) => [
      c.rank ?? null,
      c.measureName,
      c.caseNumber,
      c.applicant,
      t(KIND_TEXT[c.kind]),
      c.score ?? null,
      c.specialPriorities,
      c.excluded ? `${t(STAGE_TEXT[c.stage])} – ${t('excludedNote')}` : t(STAGE_TEXT[c.stage]),
      c.requested,
      c.amount,
    ]),
  };
}

/** The cases as the API ranks them; at 390 px each becomes a stack of labelled lines (portal.css). */
function RankedCases({ cases }: { cases: Schemas['RoundCase'][] }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Table className="stacked-table">
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t('colRank')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t('colMeasure')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t('colCaseNumber')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t('colApplicant')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t('colKind')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">
            {t('colScore')}
          </Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">
            {t('colPriorities')}
          </Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t('colStage')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">
            {t('colRequested')}
          </Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">
            {t('colFrameAmount')}
          </Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {cases.map((c) => (
          <Table.Row key={c.id}>
            <Table.DataCell data-label={t('colRank')}>{c.rank ?? t('notAssessed')}</Table.DataCell>
            <Table.HeaderCell scope="row">
              <AkselLink as={Link} to={`/saker/${c.id}`}>
                {c.measureName}
              </AkselLink>
            </Table.HeaderCell>
            <Table.DataCell data-label={t('colCaseNumber')}>{c.caseNumber}</Table.DataCell>
            <Table.DataCell data-label={t('colApplicant')}>{c.applicant}</Table.DataCell>
            <Table.DataCell data-label={t('colKind')}>{t(KIND_TEXT[c.kind])}</Table.DataCell>
            <Table.DataCell align="right" data-label={t('colScore')}>
              {c.score === undefined ? '–' : formatNumber(c.score, language)}
            </Table.DataCell>
            <Table.DataCell align="right" data-label={t('colPriorities')}>
              {formatNumber(c.specialPriorities, language)}
            </Table.DataCell>
            <Table.DataCell data-label={t('colStage')}>
              {c.excluded ? `${t(STAGE_TEXT[c.stage])} – ${t('excludedNote')}` : t(STAGE_TEXT[c.stage])}
            </Table.DataCell>
            <Table.DataCell align="right" className="amount" data-label={t('colRequested')}>
              {formatNok(c.requested, language)}
            </Table.DataCell>
            <Table.DataCell align="right" className="amount" data-label={t('colFrameAmount')}>
              {formatNok(c.amount, language)}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/**
 * The county office's allocation round under a call (issue 17): how much of the frame is committed, granted,
 * proposed and left, last year's commitments, and the cases ranked by their assessment, filtered as the API
 * can, with the API's CSV of the list. The directorate chooses whose round.
 */
export function RoundBoardPage() {
  const { principal, view, board } = useLoaderData() as RoundBoardData;
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const chooser = principal.role === 'directorate';
  const show = (next: RoundView) =>
    navigate(`/saker/runde${roundSearchOf(next, chooser)}`, { replace: true });
  const holderName = (holder: RoundHolder) =>
    holder === 'directorate'
      ? t('roundNationalTrials')
      : authorityName({ kind: 'county-office', countyOfficeId: holder }, osloDate(now()), language);
  const authority = authorityName(board.authority, osloDate(now()), language);
  const title = t('roundTitle', { authority });
  const choose = <K extends 'stage' | 'kind'>(key: K, label: TextKey, options: [string, string][]) => (
    <Select
      label={t(label)}
      size="small"
      value={view[key] ?? ''}
      onChange={(event) => show({ ...view, [key]: event.target.value || undefined })}
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
    <VStack gap="space-32">
      <PageHeading title={title}>{title}</PageHeading>
      <HStack gap="space-16" wrap as="search" aria-label={t('roundChoices')}>
        <Select
          label={t('filterCall')}
          size="small"
          value={view.callId}
          onChange={(event) => show({ ...view, callId: event.target.value })}
        >
          {roundCalls().map((call) => (
            <option key={call.id} value={call.id}>
              {callTitle(call.id, language) ?? String(call.year)}
            </option>
          ))}
        </Select>
        {chooser ? (
          <Select
            label={t('filterCounty')}
            size="small"
            value={view.holder}
            onChange={(event) => show({ ...view, holder: event.target.value as RoundHolder })}
          >
            {[...COUNTY_OFFICE_IDS, 'directorate' as const].map((holder) => (
              <option key={holder} value={holder}>
                {holderName(holder)}
              </option>
            ))}
          </Select>
        ) : null}
      </HStack>
      {board.totals ? (
        <FrameUse totals={board.totals} />
      ) : (
        <BodyLong>{t('roundNoFrame', { authority })}</BodyLong>
      )}
      {board.commitments.length > 0 ? <Commitments commitments={board.commitments} /> : null}
      <VStack gap="space-16" as="section" aria-labelledby="round-cases">
        <Heading level="2" size="medium" id="round-cases">
          {t('roundCasesHeading')}
        </Heading>
        <HStack gap="space-16" wrap as="search" aria-label={t('filtersLabel')}>
          {choose(
            'stage',
            'filterStage',
            ROUND_STAGES.map((stage) => [stage, t(STAGE_TEXT[stage])]),
          )}
          {choose(
            'kind',
            'filterKind',
            ROUND_KINDS.map((kind) => [kind, t(KIND_TEXT[kind])]),
          )}
          <Select
            label={t('filterExcluded')}
            size="small"
            value={view.excluded ? 'ja' : ''}
            onChange={(event) => {
              const { excluded: _, ...rest } = view;
              show(event.target.value === 'ja' ? { ...rest, excluded: true } : rest);
            }}
          >
            <option value="">{t('filterAll')}</option>
            <option value="ja">{t('filterExcludedOnly')}</option>
          </Select>
        </HStack>
        <BodyShort role="status">
          {board.caseCount === 0
            ? t('roundNoCases')
            : board.cases.length === board.caseCount
              ? board.caseCount === 1
                ? t('roundCasesOne')
                : t('roundCasesCount', { count: board.caseCount })
              : board.cases.length === 0
                ? t('roundNoMatch')
                : t('roundCasesShown', { shown: board.cases.length, count: board.caseCount })}
        </BodyShort>
        {board.cases.length > 0 ? (
          <>
            <HStack gap="space-8" align="center" className="no-print">
              <XlsxButton table={() => roundTable(board, t)} />
              <DownloadButton
                label={t('exportCsv')}
                done={t('roundCsvDone')}
                download={() => downloadRoundCsv(view)}
              />
            </HStack>
            <RankedCases cases={board.cases} />
          </>
        ) : null}
      </VStack>
    </VStack>
  );
}
