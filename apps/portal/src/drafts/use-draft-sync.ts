import { useEffect, useState } from 'react';
import { DraftSync, type DraftSyncOptions, type SaveState } from './draft-sync.js';

/** A DraftSync for the life of the page, told when the browser goes online, hides the page or leaves it. */
export function useDraftSync(options: Omit<DraftSyncOptions, 'onState' | 'storage' | 'isOnline'>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [sync] = useState(
    () =>
      new DraftSync({
        ...options,
        storage: window.localStorage,
        isOnline: () => navigator.onLine,
        onState: setState,
      }),
  );
  useEffect(() => {
    // React may take the page's effects down and up again while it stays on screen (StrictMode, a suspended
    // transition): leaving and starting are both safe to repeat.
    sync.start();
    const online = () => sync.online();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void sync.flush();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hidden);
      sync.leave();
    };
  }, [sync]);
  return { sync, state };
}
