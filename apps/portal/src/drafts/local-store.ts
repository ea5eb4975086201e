/** What this browser keeps of a draft until the API has it: the form exactly as it was, and what it was based on. */
export interface LocalDraft {
  /** The form's own data (restores every field, also half-typed ones). */
  formData: unknown;
  /** The ETag of the server draft these changes were made on; null before the server has a draft. */
  baseEtag: string | null;
  /** Epoch milliseconds of the last change. */
  changedAt: number;
}

/**
 * localStorage, not IndexedDB: a write is synchronous, so a keystroke is on disk before a reload or a closed tab
 * can interrupt it, and a draft (at most a few hundred kilobytes) fits well within the quota.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const draftKey = (userSub: string, scope: string) => `sosialtilskudd.draft.${userSub}.${scope}`;

export function readLocalDraft(storage: DraftStorage, key: string): LocalDraft | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof parsed !== 'object' || parsed === null || !('formData' in parsed)) return undefined;
    return {
      formData: parsed.formData,
      baseEtag: typeof parsed.baseEtag === 'string' ? parsed.baseEtag : null,
      changedAt: typeof parsed.changedAt === 'number' ? parsed.changedAt : 0,
    };
  } catch {
    return undefined;
  }
}

/** False when the browser refused (storage full or disabled): the caller says the change is not kept. */
export function writeLocalDraft(storage: DraftStorage, key: string, draft: LocalDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clean up in a storage that cannot be used.
  }
}
