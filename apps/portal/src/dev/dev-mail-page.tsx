import { BodyLong, Link, Tag, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { useLoaderData } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { api } from '../api/client.js';
import { FactList, FactsSection } from '../cases/facts.js';
import { formatDateTime } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';

type DevMail = Schemas['DevMail'];

/** Outside production only: the API answers 404 in production, and the page shows the not-found page. */
export async function devMailLoader(): Promise<DevMail[]> {
  return (await api.GET('/dev/mail')).items;
}

/** The mail's addresses as links a developer can follow; the text around them as it is. */
function MailText({ body }: { body: string }) {
  return body.split(/(https?:\/\/\S+)/).map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, never reordered
      <Link key={index} href={part}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

const STATUS_VARIANT = { pending: 'warning', sent: 'success', kept: 'info', failed: 'error' } as const;

/**
 * The development outbox: the e-mail notices the server made, as their recipients would read them, each marked
 * with its own language (a nynorsk notice on a bokmål page).
 */
export function DevMailPage() {
  const mails = useLoaderData() as DevMail[];
  const t = useT();
  const { language } = useLanguage();
  return (
    <VStack gap="space-24">
      <PageHeading title={t('devMailTitle')}>{t('devMailTitle')}</PageHeading>
      <BodyLong>{t('devMailIntro')}</BodyLong>
      {mails.length === 0 ? <BodyLong>{t('devMailEmpty')}</BodyLong> : null}
      {mails.map((mail, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is read once and never reordered
        <FactsSection key={index} heading={<span lang={mail.language}>{mail.subject}</span>}>
          <FactList
            items={[
              { label: t('devMailTo'), value: mail.recipient },
              { label: t('devMailMade'), value: formatDateTime(mail.createdAt, language) },
              {
                label: t('devMailStatus'),
                value: (
                  <Tag variant={STATUS_VARIANT[mail.status]} size="small">
                    {t(`devMailStatus_${mail.status}` as TextKey)}
                  </Tag>
                ),
              },
              {
                label: t('devMailText'),
                value: (
                  <BodyLong lang={mail.language} className="prose mail-text">
                    <MailText body={mail.body} />
                  </BodyLong>
                ),
              },
            ]}
          />
        </FactsSection>
      ))}
    </VStack>
  );
}
