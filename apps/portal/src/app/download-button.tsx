import { BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { useLanguage } from '../i18n/language.js';

/**
 * A button that downloads a file the API makes (fetched with the user's token, which a plain link could not
 * send), says when it is done, and shows a refusal in words.
 */
export function DownloadButton({
  label,
  done: doneText,
  download,
}: {
  label: string;
  done: string;
  download: () => Promise<void>;
}) {
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();

  async function start() {
    setBusy(true);
    setProblem(undefined);
    setDone(false);
    try {
      await download();
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
        <Button variant="secondary" onClick={start} loading={busy}>
          {label}
        </Button>
      </div>
      <div role="status">{done ? <BodyShort>{doneText}</BodyShort> : null}</div>
      {problem ? <ProblemSummary problem={problem} /> : null}
    </VStack>
  );
}
