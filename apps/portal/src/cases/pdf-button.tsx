import { BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { type CasePdf, downloadPdf } from './pdf-download.js';

const WORDS = {
  letter: { label: 'letterDownload', done: 'letterDownloaded' },
  application: { label: 'applicationDownload', done: 'applicationDownloaded' },
} as const;

/** A button that downloads one of the case's PDFs, says when it is done, and shows a refusal in words. */
export function PdfButton({ kind, applicationId }: { kind: CasePdf; applicationId: string }) {
  const t = useT();
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();

  async function download() {
    setBusy(true);
    setProblem(undefined);
    setDone(false);
    try {
      await downloadPdf(kind, applicationId, language);
      setDone(true);
    } catch (error) {
      setProblem(toShownProblem(error, language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-8" className="no-print">
      <div>
        <Button variant="secondary" onClick={download} loading={busy}>
          {t(WORDS[kind].label)}
        </Button>
      </div>
      <div role="status">{done ? <BodyShort>{t(WORDS[kind].done)}</BodyShort> : null}</div>
      {problem ? <ProblemSummary problem={problem} /> : null}
    </VStack>
  );
}
