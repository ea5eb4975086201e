import { Alert, InlineMessage } from '@navikt/ds-react';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import type { useLocalDraft } from './use-local-draft.js';

/** What a form kept in this browser says: that it brought back what was typed, and whether the last change is kept. */
export function LocalDraftNotices({
  draft,
  keptText = 'saveKeptHere',
}: {
  draft: Pick<ReturnType<typeof useLocalDraft>, 'restored' | 'kept'>;
  /** What «kept» means here: when the document leaves the browser. */
  keptText?: TextKey;
}) {
  const t = useT();
  return (
    <>
      {draft.restored ? <Alert variant="info">{t('restoredLocal')}</Alert> : null}
      <div role="status">
        {draft.kept === true ? (
          <InlineMessage status="success" size="small">
            {t(keptText)}
          </InlineMessage>
        ) : draft.kept === false ? (
          <InlineMessage status="warning" size="small">
            {t('saveNotKept')}
          </InlineMessage>
        ) : null}
      </div>
    </>
  );
}
