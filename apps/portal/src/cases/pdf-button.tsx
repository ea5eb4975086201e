import { DownloadButton } from '../app/download-button.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { type CasePdf, downloadPdf } from './pdf-download.js';

const WORDS = {
  letter: { label: 'letterDownload', done: 'letterDownloaded' },
  application: { label: 'applicationDownload', done: 'applicationDownloaded' },
} as const;

/** A button that downloads one of the case's PDFs in the language the person reads the portal in. */
export function PdfButton({ kind, applicationId }: { kind: CasePdf; applicationId: string }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <DownloadButton
      label={t(WORDS[kind].label)}
      done={t(WORDS[kind].done)}
      download={() => downloadPdf(kind, applicationId, language)}
    />
  );
}
