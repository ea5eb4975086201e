import { BodyLong, BodyShort, FileUpload, Heading, ProgressBar, VStack } from '@navikt/ds-react';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@sosialtilskudd/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { AttachmentItem } from './attachment-item.js';
import { ACCEPTED_EXTENSIONS, type AttachmentFailure, failureText } from './attachment-words.js';
import {
  type Attachment,
  type AttachmentDocumentType,
  deleteAttachment,
  refreshAttachments,
  uploadAttachment,
} from './transfer.js';

interface Upload {
  key: string;
  file: File;
  /** 0–1 while it is sent; undefined once refused. */
  progress?: number;
  failure?: AttachmentFailure;
}

export interface AttachmentUploaderProps {
  /** The case the files belong to; null before the API has the draft (nothing can be uploaded yet). */
  applicationId: string | null;
  documentType: AttachmentDocumentType;
  initial: readonly Attachment[];
  /**
   * The files the document should refer to changed: the editor saves the document with them. Resolves true when
   * the API has that version (a file is deleted only after the document no longer refers to it).
   */
  onFilesChange: (files: readonly Attachment[]) => Promise<boolean>;
  /** The section's heading level where it sits: 2 under the page's heading, 3 inside a form of its own. */
  headingLevel?: '2' | '3';
}

/** What the files are for, said first. */
const PURPOSE = {
  application: 'attachmentsPurpose_application',
  'status-report': 'attachmentsPurpose_accounts',
  'final-report': 'attachmentsPurpose_accounts',
  message: 'attachmentsPurpose_message',
} as const satisfies Record<AttachmentDocumentType, TextKey>;

const SCAN_POLL_MS = 3_000;

/** The files that belong in the document: an infected file is gone, and only listed so the person sees why. */
export const referencedFiles = (files: readonly Attachment[]) =>
  files.filter((f) => f.scan.state !== 'infected');

/**
 * The files of a draft (the application, or a report's accounts, seed 003): Aksel's dropzone (drag and drop, or
 * a button the keyboard reaches), each upload with its progress, the scan state in words, and deletion.
 */
export function AttachmentUploader({
  applicationId,
  documentType,
  initial,
  onFilesChange,
  headingLevel = '2',
}: AttachmentUploaderProps) {
  const t = useT();
  const { language } = useLanguage();
  const [files, setFiles] = useState<readonly Attachment[]>(initial);
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const [failures, setFailures] = useState<Record<string, AttachmentFailure>>({});
  const [announcement, setAnnouncement] = useState('');
  // What the files are for, then the types and limits: said before anything is chosen.
  const intro = `${t(PURPOSE[documentType])} ${t('attachmentsRules')}`;
  const headingId = useId();
  // Callbacks of uploads that finish later must see the list as it is then.
  const current = useRef(files);
  current.current = files;
  const notify = useRef(onFilesChange);
  notify.current = onFilesChange;

  function setList(next: readonly Attachment[]) {
    current.current = next;
    setFiles(next);
  }
  const updateUpload = (key: string, change: Partial<Upload> | null) =>
    setUploads((all) =>
      change === null
        ? all.filter((u) => u.key !== key)
        : all.map((u) => (u.key === key ? { ...u, ...change } : u)),
    );

  // With a scanner the verdict comes a moment after the upload: ask again until none is pending.
  const pending = applicationId !== null && files.some((f) => f.scan.state === 'pending');
  useEffect(() => {
    if (!pending || !applicationId) return;
    const timer = setInterval(async () => {
      try {
        const before = current.current;
        const next = await refreshAttachments(applicationId, documentType, before);
        current.current = next;
        setFiles(next);
        // A file found infected is gone: the document lets go of it.
        if (next.some((f, i) => f.scan.state === 'infected' && before[i]?.scan.state !== 'infected'))
          void notify.current(referencedFiles(next));
      } catch {
        // The next round asks again.
      }
    }, SCAN_POLL_MS);
    return () => clearInterval(timer);
  }, [pending, applicationId, documentType]);

  async function upload(file: File) {
    if (!applicationId) return;
    const key = crypto.randomUUID();
    setUploads((all) => [...all, { key, file, progress: 0 }]);
    try {
      const stored = await uploadAttachment(applicationId, documentType, file, (progress) =>
        updateUpload(key, { progress }),
      );
      updateUpload(key, null);
      const next = [...current.current, stored];
      setList(next);
      setAnnouncement(t('attachmentUploaded', { name: stored.fileName }));
      await onFilesChange(referencedFiles(next));
    } catch (error) {
      updateUpload(key, { progress: undefined, failure: { error } });
    }
  }

  async function remove(file: Attachment) {
    setFailures(({ [file.id]: _, ...rest }) => rest);
    const next = current.current.filter((f) => f.id !== file.id);
    // The document lets go of the file first; the API refuses to delete a file the draft still refers to.
    if (file.scan.state !== 'infected' && !(await onFilesChange(referencedFiles(next)))) {
      setFailures((all) => ({ ...all, [file.id]: { text: 'attachmentRefused_inUse' } }));
      return;
    }
    try {
      await deleteAttachment(file);
      setList(current.current.filter((f) => f.id !== file.id));
      setAnnouncement(t('attachmentDeleted', { name: file.fileName }));
    } catch (error) {
      setFailures((all) => ({ ...all, [file.id]: { error } }));
      await onFilesChange(referencedFiles(current.current));
    }
  }

  return (
    <section aria-labelledby={headingId} className="attachments">
      <Heading level={headingLevel} size={headingLevel === '2' ? 'medium' : 'small'} spacing id={headingId}>
        {t(documentType === 'message' ? 'messageFilesHeading' : 'attachmentsHeading')}
      </Heading>
      <VStack gap="space-16">
        {applicationId ? (
          <FileUpload.Dropzone
            label={t('attachmentsUpload')}
            description={intro}
            accept={ACCEPTED_EXTENSIONS}
            maxSizeInBytes={MAX_ATTACHMENT_BYTES}
            fileLimit={{ max: MAX_ATTACHMENTS, current: files.length + uploads.length }}
            onSelect={(_, { accepted, rejected }) => {
              for (const { file, reasons } of rejected)
                setUploads((all) => [
                  ...all,
                  { key: crypto.randomUUID(), file, failure: { rejected: reasons } },
                ]);
              for (const file of accepted) void upload(file);
            }}
          />
        ) : (
          <>
            <BodyLong>{intro}</BodyLong>
            <BodyShort>{t('attachmentsSaveFirst')}</BodyShort>
          </>
        )}
        {files.length + uploads.length > 0 ? (
          <VStack as="ul" gap="space-12" aria-label={t('attachmentsListLabel')} className="attachments__list">
            {files.map((file) => (
              <AttachmentItem
                key={file.id}
                attachment={file}
                error={failureText(failures[file.id], language)}
                onDelete={file.locked ? undefined : () => void remove(file)}
              />
            ))}
            {uploads.map((u) => (
              <li key={u.key}>
                <FileUpload.Item
                  file={u.file}
                  status={u.progress === undefined ? 'idle' : 'uploading'}
                  error={failureText(u.failure, language)}
                  button={
                    u.failure ? { action: 'delete', onClick: () => updateUpload(u.key, null) } : undefined
                  }
                />
                {u.progress === undefined ? null : (
                  <ProgressBar
                    size="small"
                    value={Math.round(u.progress * 100)}
                    aria-label={t('attachmentUploading', {
                      name: u.file.name,
                      percent: Math.round(u.progress * 100),
                    })}
                  />
                )}
              </li>
            ))}
          </VStack>
        ) : null}
        <div className="aksel-sr-only" role="status">
          {announcement}
        </div>
      </VStack>
    </section>
  );
}
