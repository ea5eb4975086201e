import { FileUpload } from '@navikt/ds-react';
import { useState } from 'react';
import { formatDateTime } from '../i18n/format.js';
import { personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { attachmentProblemText, fileSize, mediaTypeName, scanText } from './attachment-words.js';
import { type Attachment, downloadAttachment } from './transfer.js';

interface Props {
  attachment: Attachment;
  error?: string;
  /** Offered while the file may still be deleted (a draft's file, not one a submitted document holds). */
  onDelete?: () => void;
}

/** Only a file that was scanned clean or could not be scanned is handed out; the API refuses the others. */
const downloadable = (a: Attachment) => a.scan.state === 'clean' || a.scan.state === 'not-scanned';

/** One file: its name (a download link when it may be fetched), type, size, who uploaded it, and the scan in words. */
export function AttachmentItem({ attachment, error, onDelete }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const [downloadFailure, setDownloadFailure] = useState<{ error: unknown }>();
  const details = t('attachmentDetails', {
    type: mediaTypeName(attachment.mediaType),
    size: fileSize(attachment.size, language),
    name: personName(attachment.uploadedBy.name),
    date: formatDateTime(attachment.uploadedAt, language),
  });
  // An infected file is shown as the error it is; every other verdict is read with the file's details.
  const infected = attachment.scan.state === 'infected';
  const description = infected ? details : `${details} ${scanText(attachment, language)}`;
  return (
    <FileUpload.Item
      as="li"
      file={{ name: attachment.fileName, size: attachment.size }}
      description={description}
      error={
        error ??
        (infected ? scanText(attachment, language) : undefined) ??
        (downloadFailure &&
          t('attachmentDownloadFailed', {
            name: attachment.fileName,
            reason: attachmentProblemText(downloadFailure.error, language),
          }))
      }
      {...(downloadable(attachment)
        ? {
            onFileClick: () => {
              setDownloadFailure(undefined);
              downloadAttachment(attachment).catch((error: unknown) => setDownloadFailure({ error }));
            },
          }
        : {})}
      button={onDelete ? { action: 'delete', onClick: onDelete } : undefined}
    />
  );
}
