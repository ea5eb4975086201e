import { Accordion, BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { enumLabel, schemaText } from '@sosialtilskudd/forms';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { type Fact, FactList, prose } from './facts.js';
import { signatureFacts } from './signatures.js';

type CaseFile = Schemas['CaseFile'];
type StatusReport = Schemas['StatusReport'];
type FinalReport = Schemas['FinalReport'];
type Accounts = Schemas['Accounts'];

/** A label as the form the document was written in calls it: the schema's title, in the reader's language. */
function useLabel() {
  const { language } = useLanguage();
  return (schemaTitle: string) => schemaText(schemaTitle, language);
}

/** Who sent the document and when; a corrected document says it replaced the one before. */
function SentBy({
  record,
}: {
  record: { createdAt: string; createdBy: { name: string }; supersedes: string | null };
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <BodyShort size="small" className="document-sent">
      {t('docSentBy', { date: formatDateTime(record.createdAt, language), name: record.createdBy.name })}
      {record.supersedes ? ` ${t('docReplaces')}` : ''}
    </BodyShort>
  );
}

/** § 3's criteria as the Nav office judged them: the criterion, how far it was reached, and what was done. */
function GoalTable({ items }: { items: Schemas['CriterionAssessment'][] }) {
  const label = useLabel();
  const { language } = useLanguage();
  return (
    <Table size="small" className="stacked-table">
      <caption className="table-caption">{label('Lokal måloppnåelse')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{label('Kriterium (§ 3)')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{label('Måloppnåelse')}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{label('Beskrivelse')}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.criterion}>
            <Table.HeaderCell scope="row">{enumLabel(item.criterion, language, 'goal')}</Table.HeaderCell>
            <Table.DataCell data-label={label('Måloppnåelse')}>
              {enumLabel(item.achievement, language)}
            </Table.DataCell>
            <Table.DataCell data-label={label('Beskrivelse')}>{prose(item.description)}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The measure's own accounts (§ 11): each budget line against what it cost, with the office's comments. */
function AccountsView({ accounts, unused }: { accounts: Accounts; unused: Schemas['UnusedFunds'] }) {
  const label = useLabel();
  const { language } = useLanguage();
  const nok = (amount: number) => formatNok(amount, language);
  return (
    <VStack gap="space-16">
      <Table size="small" className="stacked-table">
        <caption className="table-caption">{label('Regnskap')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{label('Post')}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {label('Budsjett (kr)')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">
              {label('Regnskap (kr)')}
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{label('Kommentar til avvik')}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {accounts.lines.map((line) => (
            <Table.Row key={line.budgetLineId}>
              <Table.HeaderCell scope="row">{line.label}</Table.HeaderCell>
              <Table.DataCell align="right" className="amount" data-label={label('Budsjett (kr)')}>
                {nok(line.budgeted)}
              </Table.DataCell>
              <Table.DataCell align="right" className="amount" data-label={label('Regnskap (kr)')}>
                {nok(line.actual)}
              </Table.DataCell>
              <Table.DataCell data-label={label('Kommentar til avvik')}>{line.comment ?? '–'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <FactList
        items={[
          { label: label('Regnskap per'), value: formatDate(accounts.asOf, language) },
          { label: label('Koststed'), value: accounts.costCentre },
          { label: label('Mottatt tilskudd i året (kr)'), value: nok(accounts.grantReceived) },
          { label: label('Overført fra fjoråret (kr)'), value: nok(accounts.transferredFromPreviousYear) },
          { label: label('Herav dekket av tilskuddet (kr)'), value: nok(accounts.grantSpent) },
          { label: label('Søkes overført til neste år (kr)'), value: nok(unused.transferRequested) },
          { label: label('Tilbakebetales (kr)'), value: nok(unused.toBeRepaid) },
        ]}
      />
    </VStack>
  );
}

function StatusReportView({ report }: { report: StatusReport }) {
  const label = useLabel();
  const { language } = useLanguage();
  const r = report.report;
  const t = useT();
  const signed: Fact[] = signatureFacts(report, language, t);
  if (r.status === 'not-started')
    return (
      <FactList
        items={[
          { label: label('Tiltaket har ikke startet'), value: prose(r.reason) },
          { label: label('Forventet oppstart'), value: formatDate(r.expectedStart, language) },
          { label: label('Mottatt tilskudd (kr)'), value: formatNok(r.grantReceived, language) },
          {
            label: label('Søkes overført til neste år (kr)'),
            value: formatNok(r.transferRequested, language),
          },
          ...signed,
        ]}
      />
    );
  return (
    <VStack gap="space-24">
      <FactList
        items={[
          { label: label('Status for gjennomføring'), value: prose(r.progress) },
          { label: label('Brukermedvirkning'), value: prose(r.userInvolvement) },
          ...signed,
        ]}
      />
      <GoalTable items={r.goalAchievement} />
      <AccountsView accounts={r.accounts} unused={r.unusedFunds} />
    </VStack>
  );
}

function FinalReportView({ report }: { report: FinalReport }) {
  const label = useLabel();
  const { language } = useLanguage();
  const t = useT();
  const implementation = report.implementation;
  return (
    <VStack gap="space-24">
      <FactList
        items={[
          {
            label: label('Tiltakets periode'),
            value: `${formatDate(report.period.from, language)} – ${formatDate(report.period.to, language)}`,
          },
          { label: label('Sammendrag'), value: prose(report.summary) },
          { label: label('Videreført i ordinær drift'), value: enumLabel(implementation.status, language) },
          { label: label('Hvordan tiltaket er videreført'), value: prose(implementation.description) },
          ...(implementation.fundedPositionsContinued === undefined
            ? []
            : [
                {
                  label: label('Stillinger videreført med kommunale midler (årsbeløp, kr)'),
                  value: formatNok(implementation.fundedPositionsContinued, language),
                },
              ]),
          { label: label('Erfaringer andre kan ha nytte av'), value: prose(report.experiencesToShare) },
          { label: label('Brukermedvirkning'), value: prose(report.userInvolvement) },
          ...signatureFacts(report, language, t),
        ]}
      />
      <GoalTable items={report.goalAchievement} />
      <AccountsView accounts={report.accounts} unused={report.unusedFunds} />
    </VStack>
  );
}

function TransferRequestView({ request }: { request: Schemas['TransferRequest'] }) {
  const label = useLabel();
  const t = useT();
  const { language } = useLanguage();
  const decision = request.decision;
  return (
    <FactList
      items={[
        { label: label('Overføres fra år'), value: String(request.fromYear) },
        { label: label('Beløp som ønskes overført (kr)'), value: formatNok(request.amount, language) },
        { label: label('Hvorfor midlene ikke er brukt'), value: prose(request.reason) },
        { label: label('Planlagt bruk neste år'), value: prose(request.plannedUse) },
        { label: label('Dato'), value: formatDate(request.requestedOn, language) },
        {
          label: label('Beslutning om overføring'),
          value: decision
            ? t(decision.approved ? 'transferDecidedApproved' : 'transferDecidedRejected', {
                amount: formatNok(decision.approvedAmount, language),
                date: formatDate(decision.decidedOn, language),
              })
            : t('transferUndecided'),
        },
      ]}
    />
  );
}

interface Item {
  key: string;
  heading: string;
  record: { createdAt: string; createdBy: { name: string }; supersedes: string | null };
  body: ReactNode;
}

/**
 * Everything the Nav office has sent after the application, each readable in full where it is listed: the
 * acceptance, the status reports with their accounts, transfer requests with the decision, the final report;
 * and the payments. Each says who sent it and when.
 */
export function DocumentList({ documents }: { documents: CaseFile }) {
  const t = useT();
  const label = useLabel();
  const { language } = useLanguage();
  const nok = (amount: number) => formatNok(amount, language);
  const acceptance = documents.acceptance;
  const transferHeading = (r: Schemas['TransferRequest']) =>
    r.decision
      ? t(r.decision.approved ? 'docTransferApproved' : 'docTransferRejected', {
          year: r.fromYear,
          amount: nok(r.amount),
          approved: nok(r.decision.approvedAmount),
        })
      : t('docTransferPending', { year: r.fromYear, amount: nok(r.amount) });
  const items: Item[] = [
    ...(acceptance
      ? [
          {
            key: acceptance.id,
            heading: t('docAcceptance', {
              date: formatDate(osloDate(acceptance.createdAt), language),
            }),
            record: acceptance,
            body: (
              <FactList
                items={[
                  { label: label('Kontonummer for utbetaling'), value: acceptance.document.accountNumber },
                  { label: label('Eget koststed for tiltaket'), value: acceptance.document.costCentre },
                  ...signatureFacts(acceptance.document, language, t),
                ]}
              />
            ),
          },
        ]
      : []),
    ...documents.payments.map((p) => ({
      key: p.id,
      heading: t('docPayment', {
        amount: nok(p.document.amount),
        date: formatDate(p.document.paidOn, language),
      }),
      record: p,
      body: (
        <FactList
          items={[
            { label: label('Tilskudd etter tilskuddsbrevet (kr)'), value: nok(p.document.grantedAmount) },
            ...p.document.deductions.map((d) => ({
              label: t('docDeduction', { year: d.fromYear }),
              value: `− ${nok(d.amount)}`,
            })),
            { label: label('Utbetalt (kr)'), value: nok(p.document.amount) },
            { label: label('Kontonummer'), value: p.document.accountNumber },
          ]}
        />
      ),
    })),
    ...documents.statusReports.map((r) => ({
      key: r.id,
      heading: t('docStatusReport', { year: r.document.reportingYear }),
      record: r,
      body: <StatusReportView report={r.document} />,
    })),
    ...documents.transferRequests.map((r) => ({
      key: r.id,
      heading: transferHeading(r.document),
      record: r,
      body: <TransferRequestView request={r.document} />,
    })),
    ...(documents.finalReport
      ? [
          {
            key: documents.finalReport.id,
            heading: t('docFinalReport'),
            record: documents.finalReport,
            body: <FinalReportView report={documents.finalReport.document} />,
          },
        ]
      : []),
  ];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading">
      <Heading level="2" size="medium" spacing id="documents-heading">
        {t('documentsHeading')}
      </Heading>
      <Accordion>
        {items.map((item) => (
          <Accordion.Item key={item.key}>
            <Accordion.Header>{item.heading}</Accordion.Header>
            <Accordion.Content>
              <VStack gap="space-16">
                <SentBy record={item.record} />
                {item.body}
              </VStack>
            </Accordion.Content>
          </Accordion.Item>
        ))}
      </Accordion>
    </section>
  );
}
