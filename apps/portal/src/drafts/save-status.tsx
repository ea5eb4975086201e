import { BodyShort, Button, HStack, InlineMessage, Loader } from '@navikt/ds-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { formatTime } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import type { SaveState } from './draft-sync.js';

interface Props {
  state: SaveState;
  onKeepMine?: () => void;
  onLoadTheirs?: () => void;
  /** On a conflict: whose change came first, and what choosing means. */
  conflictDetails?: ReactNode;
}

const TROUBLE = new Set<SaveState['kind']>(['retrying', 'conflict', 'unauthorized', 'failed']);

/**
 * «Lagret» or «Ikke lagret – prøver igjen». The line is always visible; a screen reader hears it only when it
 * matters: when saving fails, and when it works again (WCAG 4.1.3), not after every pause in typing.
 */
export function SaveStatus({ state, onKeepMine, onLoadTheirs, conflictDetails }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const [announcement, setAnnouncement] = useState('');
  const troubled = useRef(false);

  const message =
    state.kind === 'saved'
      ? t('saveSavedAt', { time: formatTime(new Date(state.at), language) })
      : state.kind === 'saving'
        ? t('saveSaving')
        : state.kind === 'retrying'
          ? state.offline
            ? t('saveOffline')
            : t('saveRetrying')
          : state.kind === 'local-only'
            ? t('saveLocalOnly')
            : state.kind === 'conflict'
              ? t('saveConflict')
              : state.kind === 'unauthorized'
                ? t('loginExpired')
                : state.kind === 'failed'
                  ? t('saveRetrying')
                  : '';

  useEffect(() => {
    if (TROUBLE.has(state.kind)) {
      troubled.current = true;
      setAnnouncement(message);
    } else if (state.kind === 'saved' && troubled.current) {
      troubled.current = false;
      setAnnouncement(t('saveSaved'));
    }
  }, [state.kind, message, t]);

  // Kept in the browser while the form is incomplete is the normal course, not a warning.
  const variant =
    state.kind === 'saved'
      ? 'success'
      : state.kind === 'local-only' || !TROUBLE.has(state.kind)
        ? 'info'
        : 'warning';
  return (
    <div className="save-status" data-state={state.kind}>
      <div className="aksel-sr-only" role="status">
        {announcement}
      </div>
      {state.kind === 'idle' ? null : state.kind === 'saving' ? (
        <HStack gap="space-8" align="center">
          <Loader size="xsmall" title="" aria-hidden />
          <BodyShort size="small">{message}</BodyShort>
        </HStack>
      ) : (
        <InlineMessage status={variant} size="small">
          {message}
        </InlineMessage>
      )}
      {state.kind === 'conflict' ? conflictDetails : null}
      {state.kind === 'conflict' ? (
        <HStack gap="space-8" className="save-status__actions">
          <Button size="small" variant="secondary" onClick={onKeepMine}>
            {t('saveKeepMine')}
          </Button>
          <Button size="small" variant="tertiary" onClick={onLoadTheirs}>
            {t('saveLoadTheirs')}
          </Button>
        </HStack>
      ) : null}
    </div>
  );
}
