import { type DraftStorage, readLocalDraft, removeLocalDraft, writeLocalDraft } from './local-store.js';

/** Where the draft stands, for the status line. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** The API has exactly what is on screen; `at` is the API's time of the save. */
  | { kind: 'saved'; at: string }
  /** The API could not be reached or failed; the change is kept here and sent again. */
  | { kind: 'retrying'; offline: boolean }
  /** The API refuses a draft that does not yet follow the schema; the change is kept in this browser. */
  | { kind: 'local-only' }
  /** Someone changed the server's draft since these changes were made (412). */
  | { kind: 'conflict' }
  /** The login has expired (401); the change is kept here until the person logs in again. */
  | { kind: 'unauthorized' }
  /** The API refused for another reason (the application was submitted meanwhile, say). */
  | { kind: 'failed'; status: number };

export interface SavedDraft {
  id: string;
  etag: string;
  updatedAt: string;
}

/** Raised by `save` for an HTTP refusal; anything else thrown counts as the network failing. */
export interface HttpFailure {
  status: number;
}

export interface DraftSyncOptions {
  storage: DraftStorage;
  key: string;
  /** The server draft's id and ETag; null before the API has one. */
  serverId: string | null;
  serverEtag: string | null;
  /** Creates (id null) or replaces (with If-Match) the server draft. */
  save: (document: unknown, id: string | null, etag: string | null) => Promise<SavedDraft>;
  onState: (state: SaveState) => void;
  /** False when the API would refuse the document as a draft anyway (it does not follow the schema yet). */
  ready?: (document: unknown) => boolean;
  /** The API created the draft: it has an id now. */
  onCreated?: (saved: SavedDraft) => void;
  /** The key of the created draft's local copy. */
  keyAfterCreate?: (id: string) => string;
  isOnline?: () => boolean;
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && typeof (error as HttpFailure).status === 'number'
    ? (error as HttpFailure).status
    : undefined;

const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Keeps a form's draft safe: every change is written to this browser at once, then sent to the API after a
 * short pause with the draft's ETag in If-Match. When the connection drops, the change stays here and is sent
 * again (with back-off, and at once when the browser is back online); a reload restores it first.
 */
export class DraftSync {
  private id: string | null;
  private etag: string | null;
  private document: unknown;
  private hasChange = false;
  private running: Promise<SaveState> | undefined;
  private key: string;
  private timer: unknown;
  private attempt = 0;
  private state: SaveState = { kind: 'idle' };
  private stopped = false;
  private leaving = false;
  private readonly o: Required<
    Pick<DraftSyncOptions, 'isOnline' | 'debounceMs' | 'setTimer' | 'clearTimer' | 'now'>
  > &
    DraftSyncOptions;

  constructor(options: DraftSyncOptions) {
    this.o = {
      isOnline: () => true,
      debounceMs: 800,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      ...options,
    };
    this.id = options.serverId;
    this.etag = options.serverEtag;
    this.key = options.key;
  }

  /** A change in this browser not yet on the server, to show instead of the server's draft. */
  pendingLocal(): unknown {
    return readLocalDraft(this.o.storage, this.key)?.formData;
  }

  /**
   * Picks up a change left from an earlier visit: it is sent again, against the ETag it was based on, so
   * somebody else's later change is not overwritten silently.
   */
  resume(document: unknown): void {
    const local = readLocalDraft(this.o.storage, this.key);
    if (!local) return;
    if (local.baseEtag !== null) this.etag = local.baseEtag;
    this.document = document;
    this.hasChange = true;
    this.schedule(0);
  }

  /** Every change of the form: `formData` restores the form, `document` is what the API receives. */
  change(formData: unknown, document: unknown): boolean {
    this.document = document;
    this.hasChange = true;
    const kept = writeLocalDraft(this.o.storage, this.key, {
      formData,
      baseEtag: this.etag,
      changedAt: this.o.now(),
    });
    if (this.state.kind === 'conflict' || this.state.kind === 'unauthorized') return kept;
    this.attempt = 0;
    this.schedule(this.o.debounceMs);
    return kept;
  }

  /** Send now (leaving the page, coming back online, or before submitting). Resolves when the API has it or refused. */
  async flush(): Promise<SaveState> {
    this.cancelTimer();
    if (this.running) await this.running;
    if (!this.hasChange || this.stopped) return this.state;
    this.running = this.send();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async send(): Promise<SaveState> {
    if (!this.o.isOnline()) {
      this.setState({ kind: 'retrying', offline: true });
      return this.state;
    }
    if (this.o.ready && !this.o.ready(this.document)) {
      this.setState({ kind: 'local-only' });
      return this.state;
    }
    this.hasChange = false;
    const sent = this.document;
    this.setState({ kind: 'saving' });
    try {
      const saved = await this.o.save(sent, this.id, this.etag);
      const created = this.id === null;
      this.id = saved.id;
      this.etag = saved.etag;
      this.attempt = 0;
      if (created) this.moveToCreated(saved);
      // Typed on while this was being sent: the newer change now builds on the new ETag and goes next.
      if (this.hasChange) this.rebase();
      else {
        removeLocalDraft(this.o.storage, this.key);
        this.setState({ kind: 'saved', at: saved.updatedAt });
      }
    } catch (error) {
      this.hasChange = true;
      if (!this.stopped) this.failed(statusOf(error));
    }
    if (this.hasChange && this.state.kind === 'saving') return this.send();
    return this.state;
  }

  /**
   * The API has created the draft: from now on the local copy lives under the draft's own key (where a reload
   * of the draft's address finds it), and a change typed meanwhile is based on the new ETag.
   */
  private moveToCreated(saved: SavedDraft) {
    const local = readLocalDraft(this.o.storage, this.key);
    removeLocalDraft(this.o.storage, this.key);
    if (this.o.keyAfterCreate) this.key = this.o.keyAfterCreate(saved.id);
    if (this.hasChange && local)
      writeLocalDraft(this.o.storage, this.key, { ...local, baseEtag: saved.etag });
    this.o.onCreated?.(saved);
  }

  /** Somebody else's draft won: take the server's ETag and send these changes over it. */
  keepMine(serverEtag: string): Promise<SaveState> {
    this.etag = serverEtag;
    this.rebase();
    this.hasChange = true;
    this.setState({ kind: 'idle' });
    return this.flush();
  }

  /** The change not on the server, and the ETag it builds on: what to keep when the person takes the other's. */
  unsaved(): { document: unknown; baseEtag: string | null } | undefined {
    return this.hasChange ? { document: this.document, baseEtag: this.etag } : undefined;
  }

  /** Drop the changes kept here (the person chose the server's draft). */
  discardLocal(): void {
    this.hasChange = false;
    this.cancelTimer();
    removeLocalDraft(this.o.storage, this.key);
    this.setState({ kind: 'idle' });
  }

  /** The browser is back online: try at once. */
  online(): void {
    if (this.hasChange && this.state.kind === 'retrying') {
      this.attempt = 0;
      void this.flush();
    }
  }

  /** The page shows the form (again): saving and retrying are on. */
  start(): void {
    this.stopped = false;
    this.leaving = false;
  }

  /** The page is left: what is pending goes now, and nothing is retried after it unless the page comes back. */
  leave(): void {
    this.leaving = true;
    void this.flush().finally(() => {
      if (this.leaving) this.stop();
    });
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private failed(status: number | undefined) {
    if (status === 422) return this.setState({ kind: 'local-only' });
    if (status === 412) return this.setState({ kind: 'conflict' });
    if (status === 401) return this.setState({ kind: 'unauthorized' });
    if (status !== undefined && status < 500 && status !== 408 && status !== 429)
      return this.setState({ kind: 'failed', status });
    // The network, a timeout or the server's own failure: try again, waiting longer each time.
    this.setState({ kind: 'retrying', offline: !this.o.isOnline() });
    const wait = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)] ?? 30_000;
    this.attempt += 1;
    this.schedule(wait);
  }

  private rebase() {
    const local = readLocalDraft(this.o.storage, this.key);
    if (local) writeLocalDraft(this.o.storage, this.key, { ...local, baseEtag: this.etag });
  }

  private schedule(ms: number) {
    this.cancelTimer();
    if (this.stopped) return;
    this.timer = this.o.setTimer(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private cancelTimer() {
    if (this.timer !== undefined) this.o.clearTimer(this.timer);
    this.timer = undefined;
  }

  private setState(state: SaveState) {
    this.state = state;
    this.o.onState(state);
  }
}
