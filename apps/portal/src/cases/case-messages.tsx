import { Alert, BodyLong, BodyShort, Heading, Textarea, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { useId, useState } from 'react';
import { useRevalidator } from 'react-router';
import { api } from '../api/client.js';
import { now } from '../app/clock.js';
import { AttachmentItem } from '../attachments/attachment-item.js';
import { AttachmentUploader, referencedFiles } from '../attachments/attachment-uploader.js';
import type { Attachment } from '../attachments/transfer.js';
import { ActionForm } from '../county/action-form.js';
import { formatDateTime } from '../i18n/format.js';
import { authorityName, personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import type { CaseData } from './case-data.js';

/** The API's limit on one message (NewCaseMessage). */
const MAX_LENGTH = 5000;

/**
 * The messages between the Nav office and the authority that handles the case: the county office asks for more
 * information, the office answers. Each party writes from its own case page once the application is submitted;
 * others who may see the case (the directorate on a county office's case) read them. `writeAs`: the party the
 * person writes for, or none when they may only read.
 */
export function CaseMessages({ data, writeAs }: { data: CaseData; writeAs?: 'applicant' | 'handler' }) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = useId();
  const revalidator = useRevalidator();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<readonly Attachment[]>([]);
  // A new uploader for each message, so the files sent are not offered again.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState(false);
  const app = data.application;
  const authority = authorityName(app.authority, osloDate(now()), language);
  const partyOf = (m: Schemas['CaseMessage']) =>
    m.from === 'applicant' ? app.document.applicant.name : authority;
  return (
    <section aria-labelledby={headingId}>
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={headingId}>
          {t('messagesHeading')}
        </Heading>
        {data.messages.length === 0 ? (
          <BodyShort>{t('messagesNone')}</BodyShort>
        ) : (
          <ol className="case-messages">
            {data.messages.map((m) => (
              <li key={m.id} className={`case-message case-message--${m.from}`}>
                <BodyShort size="small" weight="semibold">
                  {personName(m.author.name)} ({partyOf(m)}), {formatDateTime(m.sentAt, language)}
                </BodyShort>
                <BodyLong className="case-message__text">{m.body}</BodyLong>
                {m.attachments.length > 0 ? (
                  <VStack
                    as="ul"
                    gap="space-8"
                    aria-label={t('messageAttachments')}
                    className="attachments__list"
                  >
                    {m.attachments.map((a) => (
                      <AttachmentItem key={a.id} attachment={a} />
                    ))}
                  </VStack>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {sent ? (
          <Alert variant="success" size="small" role="status">
            {t('messageSent')}
          </Alert>
        ) : null}
        {writeAs && app.state !== 'draft' ? (
          <ActionForm
            heading={t('messageWrite', {
              to: writeAs === 'applicant' ? authority : app.document.applicant.name,
            })}
            intro={t(writeAs === 'applicant' ? 'messageIntroOffice' : 'messageIntroHandler')}
            submitLabel={t('messageSend')}
            validate={() =>
              body.trim() ? [] : [{ id: 'message-body', label: t('messageLabel'), text: t('required') }]
            }
            send={() =>
              api.POST('/v1/applications/{applicationId}/messages', {
                params: { path: { applicationId: app.id } },
                body: { body, attachments: referencedFiles(files).map((f) => f.reference) },
              })
            }
            onDone={() => {
              setBody('');
              setFiles([]);
              setRound((r) => r + 1);
              setSent(true);
              revalidator.revalidate();
            }}
            fieldOf={(path) => (path.startsWith('/body') ? 'message-body' : undefined)}
          >
            {(errorOf) => (
              <>
                <Textarea
                  id="message-body"
                  label={t('messageLabel')}
                  value={body}
                  maxLength={MAX_LENGTH}
                  minRows={4}
                  error={errorOf('message-body')}
                  onChange={(e) => {
                    setBody(e.target.value);
                    setSent(false);
                  }}
                />
                <AttachmentUploader
                  key={round}
                  applicationId={app.id}
                  documentType="message"
                  initial={[]}
                  headingLevel="3"
                  onFilesChange={async (next) => {
                    setFiles(next);
                    setSent(false);
                    return true;
                  }}
                />
              </>
            )}
          </ActionForm>
        ) : null}
      </VStack>
    </section>
  );
}
