import { useCallback, useState } from 'react';
import { readLocalDraft, removeLocalDraft, writeLocalDraft } from './local-store.js';

/**
 * A form kept in this browser only, for documents the API has no drafts of (acceptance, reports): every change
 * is written at once and comes back after a reload, until the document is sent.
 */
export function useLocalDraft(key: string, fresh: unknown) {
  const [start] = useState(() => {
    const local = readLocalDraft(window.localStorage, key);
    return { formData: local?.formData ?? fresh, restored: local !== undefined };
  });
  const [kept, setKept] = useState<boolean | undefined>(undefined);
  const keep = useCallback(
    (formData: unknown) =>
      setKept(writeLocalDraft(window.localStorage, key, { formData, baseEtag: null, changedAt: Date.now() })),
    [key],
  );
  const clear = useCallback(() => removeLocalDraft(window.localStorage, key), [key]);
  return { ...start, kept, keep, clear };
}
