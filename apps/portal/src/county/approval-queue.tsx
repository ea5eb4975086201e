import { Link as AkselLink, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { useId } from 'react';
import { Link } from 'react-router';
import { personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { dayOf, proposalWhat } from './proposal-panel.js';

/**
 * The proposals that wait for a second person (totrinnskontroll), oldest first, each a link to its case, where the
 * approver approves or returns it. The approver sees that the queue is empty; the caseworker sees it when it is not.
 */
export function ApprovalQueue({
  approvals,
  approver,
}: {
  approvals: readonly Schemas['ApprovalRecord'][];
  approver: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = useId();
  if (approvals.length === 0 && !approver) return null;
  return (
    <section aria-labelledby={headingId}>
      <VStack gap="space-8">
        <Heading id={headingId} level="2" size="medium">
          {t('approvalQueueHeading')}
        </Heading>
        {approvals.length === 0 ? (
          <BodyShort>{t('approvalQueueEmpty')}</BodyShort>
        ) : (
          <ul className="plain-list">
            {approvals.map((a) => (
              <li key={a.id}>
                <AkselLink as={Link} to={`/saker/${a.applicationId}`}>
                  {t('approvalQueueItem', {
                    caseNumber: a.approval.subject.caseNumber,
                    what: proposalWhat(t, language, a),
                    name: personName(a.approval.proposedBy.name),
                    date: dayOf(a.approval.proposedAt, language),
                  })}
                </AkselLink>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}
