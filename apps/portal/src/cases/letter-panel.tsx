import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { useState } from 'react';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { formatDate, formatNok } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { downloadLetterPdf } from './letter-download.js';

type LetterRecord = Schemas['LetterRecord'];

/** The grant or rejection letter in short, and the letter itself as PDF. */
export function LetterPanel({ applicationId, letter }: { applicationId: string; letter: LetterRecord }) {
  const t = useT();
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();
  const doc = letter.document;
  const date = formatDate(doc.date, language);

  async function download() {
    setBusy(true);
    setProblem(undefined);
    setDone(false);
    try {
      await downloadLetterPdf(applicationId, language);
      setDone(true);
    } catch (error) {
      setProblem(toShownProblem(error, language));
    } finally {
      setBusy(false);
    }
  }

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
        <div>
          <Button variant="secondary" onClick={download} loading={busy}>
            {t('letterDownload')}
          </Button>
        </div>
        <div role="status">{done ? <BodyShort>{t('letterDownloaded')}</BodyShort> : null}</div>
        {problem ? <ProblemSummary problem={problem} /> : null}
      </VStack>
    </section>
  );
}
