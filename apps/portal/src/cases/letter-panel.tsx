import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { formatDate, formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { PdfButton } from './pdf-button.js';

type LetterRecord = Schemas['LetterRecord'];

/** The grant or rejection letter in short, and the letter itself as PDF. */
export function LetterPanel({ applicationId, letter }: { applicationId: string; letter: LetterRecord }) {
  const t = useT();
  const { language } = useLanguage();
  const doc = letter.document;
  const date = formatDate(doc.date, language);

  return (
    <section aria-labelledby="letter-heading" className="panel">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="letter-heading">
          {t('letterHeading')}
        </Heading>
        <BodyShort weight="semibold">
          {doc.documentType === 'grant-letter' ? t('letterGrant', { date }) : t('letterRejection', { date })}
        </BodyShort>
        {doc.documentType === 'grant-letter' ? (
          <>
            <BodyShort>{t('letterAmount', { amount: formatNok(doc.amount, language) })}</BodyShort>
            <BodyShort>
              {t('letterAcceptanceDeadline', { date: formatDate(doc.acceptance.deadline, language) })}
            </BodyShort>
            <BodyShort>
              {t('letterReportingDeadline', { date: formatDate(doc.reportingDeadline, language) })}
            </BodyShort>
          </>
        ) : null}
        <PdfButton kind="letter" applicationId={applicationId} />
      </VStack>
    </section>
  );
}
