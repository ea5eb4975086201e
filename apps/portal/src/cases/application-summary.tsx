import { Heading, Table, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { budgetTotals } from '@sosialtilskudd/domain';
import { enumLabel } from '@sosialtilskudd/forms';
import { formatDate, formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { FactList, FactsSection, prose } from './facts.js';
import { signatureFacts } from './signatures.js';

type Application = Schemas['Application'];

/** The application as something to read, not a form: § 7's parts in order, with the budget as tables. */
export function ApplicationSummary({ application }: { application: Application }) {
  const t = useT();
  const { language } = useLanguage();
  const nok = (amount: number) => formatNok(amount, language);
  const totals = budgetTotals(application.budget);
  const d = application.description;
  const descriptionItems: [TextKey, string | undefined][] = [
    ['summaryGoals', d.goals],
    ['summaryLivingConditions', d.livingConditions],
    ['summaryServices', d.servicesToDevelop],
    ['summaryMethodology', d.methodology],
    ['summaryUserInvolvement', d.userInvolvement],
    ['summaryAnchoring', d.anchoringAndOrganisation],
    ['summaryImplementation', d.implementationPlan],
    ['summaryStrategies', d.nationalStrategies],
  ];
  const list = (values: readonly string[]) =>
    values.length === 0 ? (
      t('none')
    ) : (
      <ul className="plain-list">
        {values.map((v) => (
          <li key={v}>{enumLabel(v, language)}</li>
        ))}
      </ul>
    );
  const contact = application.applicant.contactPerson;
  return (
    <VStack gap="space-24">
      <Heading level="2" size="medium">
        {t('summaryHeading')}
      </Heading>
      <FactsSection level="3" heading={t('summaryMeasure')}>
        <FactList
          items={[
            { label: t('colMeasure'), value: application.measure.name },
            {
              label: t('summaryKind'),
              value: application.kind === 'new' ? t('kindNew') : t('kindContinuation'),
            },
            {
              label: t('summaryPeriod'),
              value: `${formatDate(application.measure.startDate, language)} – ${formatDate(application.measure.plannedEndDate, language)}`,
            },
            { label: t('summaryYearOfMeasure'), value: String(application.measure.yearOfMeasure) },
            { label: t('summaryPriorities'), value: list(application.priorityAreas) },
            { label: t('summaryCriteria'), value: list(application.allocationCriteria) },
            { label: t('summaryTargetGroups'), value: application.description.targetGroups.join(', ') },
            {
              label: t('summaryContact'),
              value: `${contact.name}${contact.role ? `, ${contact.role}` : ''} – ${contact.email}, ${contact.phone}`,
            },
          ]}
        />
      </FactsSection>
      <FactsSection level="3" heading={t('summaryDescription')}>
        <FactList
          items={descriptionItems
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => ({ label: t(key), value: prose(value) }))}
        />
      </FactsSection>
      <FactsSection level="3" heading={t('summaryBudget')}>
        <VStack gap="space-24" className="summary-tables">
          <Table size="small" className="stacked-table">
            <caption className="table-caption">{t('summaryPositions')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('colPosition')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('colFte')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('colMonths')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('colCost')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('colGrant')}
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {application.budget.positions.map((p) => (
                <Table.Row key={p.id}>
                  <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                  <Table.DataCell align="right" data-label={t('colFte')}>
                    {p.ftePercent} %
                  </Table.DataCell>
                  <Table.DataCell align="right" data-label={t('colMonths')}>
                    {p.months}
                  </Table.DataCell>
                  <Table.DataCell align="right" className="amount" data-label={t('colCost')}>
                    {nok(p.salary + p.socialCosts)}
                  </Table.DataCell>
                  <Table.DataCell align="right" className="amount" data-label={t('colGrant')}>
                    {nok(p.requestedGrant)}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {application.budget.otherCosts.length > 0 ? (
            <Table size="small" className="stacked-table">
              <caption className="table-caption">{t('summaryOtherCosts')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">{t('colDescription')}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">
                    {t('colAmount')}
                  </Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {application.budget.otherCosts.map((c) => (
                  <Table.Row key={c.id}>
                    <Table.HeaderCell scope="row">
                      {c.description} ({enumLabel(c.category, language)})
                    </Table.HeaderCell>
                    <Table.DataCell align="right" className="amount" data-label={t('colAmount')}>
                      {nok(c.amount)}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : null}
          <FactList
            items={[
              { label: t('totalsCost'), value: nok(totals.totalCost) },
              { label: t('totalsCompetence'), value: nok(totals.competenceFunds) },
              { label: t('totalsRequested'), value: <strong>{nok(totals.requestedGrant)}</strong> },
              { label: t('summaryOtherFunding'), value: nok(totals.otherFunding) },
              { label: t('totalsOwn'), value: nok(totals.ownFinancing) },
            ]}
          />
        </VStack>
      </FactsSection>
      <FactsSection level="3" heading={t('summaryGrantsAndSignatures')}>
        <FactList
          items={[
            {
              label: t('summaryOtherGrants'),
              value:
                application.otherGrants.length === 0
                  ? t('none')
                  : application.otherGrants
                      .map((g) => `${g.scheme} (${g.grantor}): ${nok(g.amount)}`)
                      .join('; '),
            },
            {
              label: t('summaryDirectPayments'),
              value: application.directPaymentsToUsers ? t('yes') : t('no'),
            },
            ...signatureFacts(application, language, t),
          ]}
        />
      </FactsSection>
    </VStack>
  );
}
