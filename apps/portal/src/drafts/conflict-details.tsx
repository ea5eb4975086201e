import { BodyShort, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { formatTime } from '../i18n/format.js';
import { personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { changedFieldsText, savedSince } from './revision-words.js';

interface Props {
  applicationId: string;
  /** The ETag the person's unsaved change builds on. */
  baseEtag: string | null;
  schema: Parameters<typeof changedFieldsText>[1];
  document: unknown;
}

/** Whose change came first: the saves made since the person's version was loaded, with the fields they changed. */
export function ConflictDetails({ applicationId, baseEtag, schema, document }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const [newer, setNewer] = useState<Schemas['DraftRevision'][]>([]);
  useEffect(() => {
    let shown = true;
    api
      .GET('/v1/applications/{applicationId}/revisions', { params: { path: { applicationId } } })
      .then(({ items }) => shown && setNewer(savedSince(items, baseEtag)))
      // Without the list the choice is still offered; only the names are missing.
      .catch(() => undefined);
    return () => {
      shown = false;
    };
  }, [applicationId, baseEtag]);
  return (
    <VStack gap="space-4" className="save-status__conflict">
      {newer.map((r) => (
        <BodyShort key={r.id} size="small">
          {t('conflictWho', {
            name: personName(r.savedBy.name),
            time: formatTime(new Date(r.savedAt), language),
            fields: changedFieldsText(r, schema, document, language),
          })}
        </BodyShort>
      ))}
      <BodyShort size="small">{t('conflictChoose')}</BodyShort>
    </VStack>
  );
}
