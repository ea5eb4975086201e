import { Link as AkselLink, BodyShort, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import {
  ALLOCATION_CRITERIA,
  ALLOCATION_CRITERION_IDS,
  assessmentScore,
  EXCLUSION_IDS,
  EXCLUSIONS,
  MAX_ASSESSMENT_SCORE,
} from '@sosialtilskudd/domain';
import { enumLabel, schemaText } from '@sosialtilskudd/forms';
import { Link } from 'react-router';
import { type Fact, FactList, FactsSection, prose } from '../cases/facts.js';
import { formatDate, formatNok, formatNumber } from '../i18n/format.js';
import { type Language, useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { handlesCase } from './caseworker.js';

type Assessment = Schemas['Assessment'];
type T = ReturnType<typeof useT>;

/** Each § 5 criterion in the regulation's order, by its name in the reader's language: the score in words and why. */
const criterionFacts = (a: Assessment, language: Language): Fact[] =>
  ALLOCATION_CRITERION_IDS.flatMap((id) => {
    const c = a.criteria[id];
    if (!c) return [];
    return [
      {
        label: schemaText(ALLOCATION_CRITERIA[id], language),
        value: (
          <>
            <BodyShort>{enumLabel(String(c.score), language, 'score')}</BodyShort>
            {prose(c.justification)}
          </>
        ),
      },
    ];
  });

function proposalFacts(a: Assessment, t: T, language: Language): Fact[] {
  const p = a.proposal;
  if (p.recommendation === 'reject')
    return [
      {
        label: t('assessmentProposal'),
        value: t('assessmentProposeReject', {
          reasons: p.reasons.map((r) => enumLabel(r, language)).join('; '),
        }),
      },
    ];
  return [
    {
      label: t('assessmentProposal'),
      value: t('assessmentProposeGrant', { amount: formatNok(p.amount, language) }),
    },
    ...(p.amountReason ? [{ label: t('assessmentAmountReason'), value: prose(p.amountReason) }] : []),
  ];
}

function assessmentFacts(a: Assessment, t: T, language: Language): Fact[] {
  const excluded = EXCLUSION_IDS.filter((id) => a.exclusions[id]?.applies).map((id) =>
    schemaText(EXCLUSIONS[id], language),
  );
  return [
    {
      label: t('assessmentAssessedBy'),
      value: t('assessmentBy', { name: a.assessedBy.name, date: formatDate(a.assessedOn, language) }),
    },
    {
      label: t('assessmentScore'),
      value: t('assessmentScoreValue', {
        score: formatNumber(assessmentScore(a), language),
        max: formatNumber(MAX_ASSESSMENT_SCORE, language),
      }),
    },
    ...criterionFacts(a, language),
    {
      label: t('assessmentExclusions'),
      value: excluded.length ? excluded.join('; ') : t('assessmentNoExclusion'),
    },
    {
      label: t('assessmentAreas'),
      value: (
        <>
          <BodyShort>
            {a.priorityFit.areas.map((area) => enumLabel(area, language)).join('; ') || '–'}
          </BodyShort>
          {prose(a.priorityFit.justification)}
        </>
      ),
    },
    ...proposalFacts(a, t, language),
    { label: t('assessmentSummary'), value: prose(a.summary) },
  ];
}

/**
 * The case's latest assessment, read-only, for the county office and the directorate; the one who handles the
 * case is led to the form while the case waits for its decision.
 */
export function AssessmentSummary({
  application,
  latest,
}: {
  application: Schemas['ApplicationCase'];
  latest: Schemas['AssessmentRecord'] | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  const canAssess = application.state === 'submitted' && handlesCase(application);
  return (
    <section>
      <FactsSection heading={t('assessmentHeading')}>
        <VStack gap="space-16" padding="space-16">
          {latest ? (
            <FactList items={assessmentFacts(latest.document, t, language)} />
          ) : (
            <BodyShort>{t('assessmentNone')}</BodyShort>
          )}
          {canAssess ? (
            <BodyShort>
              <AkselLink as={Link} to={`/saker/${application.id}/vurdering`}>
                {latest ? t('assessmentAgain') : t('assessmentStart')}
              </AkselLink>
            </BodyShort>
          ) : null}
        </VStack>
      </FactsSection>
    </section>
  );
}
