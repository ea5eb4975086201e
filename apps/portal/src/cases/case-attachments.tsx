import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { AttachmentItem } from '../attachments/attachment-item.js';
import { useT } from '../i18n/use-text.js';
import type { CaseData } from './case-data.js';

/** The case's files with their scan state and a download link, for everyone who reads the case. */
export function CaseAttachments({ data }: { data: CaseData }) {
  const t = useT();
  return (
    <section aria-labelledby="case-attachments-heading">
      <Heading level="2" size="medium" spacing id="case-attachments-heading">
        {t('attachmentsHeading')}
      </Heading>
      {data.attachments.length === 0 ? (
        <BodyShort>{t('attachmentsNone')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" aria-label={t('attachmentsListLabel')} className="attachments__list">
          {data.attachments.map((a) => (
            <AttachmentItem key={a.id} attachment={a} />
          ))}
        </VStack>
      )}
    </section>
  );
}
