import { describe, expect, it } from 'vitest';
import { DraftSync, type SavedDraft, type SaveState } from './draft-sync.js';
import { type DraftStorage, readLocalDraft } from './local-store.js';

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface Call {
  document: unknown;
  id: string | null;
  etag: string | null;
}

/** A DraftSync with a fake API, a fake clock for its timers and a switch for the network. */
function harness(options: { serverId?: string | null; serverEtag?: string | null } = {}) {
  const storage = new MemoryStorage();
  const states: SaveState[] = [];
  const calls: Call[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let online = true;
  let answer: (call: Call) => Promise<SavedDraft> = async (call) => ({
    id: call.id ?? 'ny-id',
    etag: `"r${calls.length + 1}"`,
    updatedAt: '2025-01-27T09:00:00.000Z',
  });
  const created: SavedDraft[] = [];
  const sync = new DraftSync({
    storage,
    key: 'k',
    serverId: options.serverId === undefined ? 'id-1' : options.serverId,
    serverEtag: options.serverEtag === undefined ? '"r1"' : options.serverEtag,
    save: (document, id, etag) => {
      const call = { document, id, etag };
      calls.push(call);
      return answer(call);
    },
    onState: (s) => states.push(s),
    onCreated: (saved) => created.push(saved),
    keyAfterCreate: (id) => `k-${id}`,
    isOnline: () => online,
    setTimer: (fn, ms) => {
      const timer = { fn, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const i = timers.indexOf(handle as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  return {
    sync,
    storage,
    states,
    calls,
    timers,
    created,
    last: () => states.at(-1),
    setOnline: (value: boolean) => {
      online = value;
    },
    answerWith: (fn: typeof answer) => {
      answer = fn;
    },
    /** Runs the timers due now (the ones the sync set), one round. */
    async tick() {
      const due = timers.splice(0);
      for (const t of due) t.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const failWith = (status: number) => async () => {
  throw { status };
};

describe('DraftSync', () => {
  it('writes every change to this browser at once and sends it after a pause with If-Match', async () => {
    const h = harness();
    h.sync.change({ a: 'x' }, { a: 'x' });
    expect(readLocalDraft(h.storage, 'k')).toMatchObject({ formData: { a: 'x' }, baseEtag: '"r1"' });
    expect(h.calls).toHaveLength(0);
    expect(h.timers[0]?.ms).toBe(800);
    await h.tick();
    expect(h.calls).toEqual([{ document: { a: 'x' }, id: 'id-1', etag: '"r1"' }]);
    expect(h.last()).toEqual({ kind: 'saved', at: '2025-01-27T09:00:00.000Z' });
    // The API has it: nothing is left to restore.
    expect(readLocalDraft(h.storage, 'k')).toBeUndefined();
  });

  it('sends the next change against the ETag the last save returned', async () => {
    const h = harness();
    h.sync.change(1, 1);
    await h.sync.flush();
    h.sync.change(2, 2);
    await h.sync.flush();
    expect(h.calls.map((c) => c.etag)).toEqual(['"r1"', '"r2"']);
  });

  it('keeps the change and retries with back-off when the network fails, then saves', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    h.sync.change({ b: 1 }, { b: 1 });
    await h.sync.flush();
    expect(h.last()).toEqual({ kind: 'retrying', offline: false });
    expect(readLocalDraft(h.storage, 'k')?.formData).toEqual({ b: 1 });
    expect(h.timers.map((t) => t.ms)).toEqual([1_000]);
    await h.tick();
    expect(h.timers.map((t) => t.ms)).toEqual([2_000]);
    h.answerWith(async () => ({ id: 'id-1', etag: '"r2"', updatedAt: 'nå' }));
    await h.tick();
    expect(h.last()).toEqual({ kind: 'saved', at: 'nå' });
    expect(h.calls).toHaveLength(3);
  });

  it('waits while offline and sends as soon as the browser is online again', async () => {
    const h = harness();
    h.setOnline(false);
    h.sync.change('x', 'x');
    await h.sync.flush();
    expect(h.last()).toEqual({ kind: 'retrying', offline: true });
    expect(h.calls).toHaveLength(0);
    h.setOnline(true);
    h.sync.online();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.last()?.kind).toBe('saved');
    expect(h.calls).toHaveLength(1);
  });

  it('keeps a draft the API refuses as incomplete (422) here, without retrying', async () => {
    const h = harness();
    h.answerWith(failWith(422));
    h.sync.change({ c: '' }, { c: '' });
    await h.sync.flush();
    expect(h.last()).toEqual({ kind: 'local-only' });
    expect(h.timers).toHaveLength(0);
    expect(readLocalDraft(h.storage, 'k')?.formData).toEqual({ c: '' });
  });

  it('does not call the API for a document it would refuse anyway', async () => {
    const storage = new MemoryStorage();
    const states: SaveState[] = [];
    let saves = 0;
    const sync = new DraftSync({
      storage,
      key: 'k',
      serverId: null,
      serverEtag: null,
      ready: () => false,
      save: async () => {
        saves += 1;
        return { id: 'x', etag: '"r1"', updatedAt: '' };
      },
      onState: (s) => states.push(s),
    });
    sync.change({}, {});
    await sync.flush();
    sync.stop();
    expect(saves).toBe(0);
    expect(states.at(-1)).toEqual({ kind: 'local-only' });
  });

  it('reports a conflict (412) and, when asked, sends the changes over the server ETag', async () => {
    const h = harness();
    h.answerWith(failWith(412));
    h.sync.change('mine', 'mine');
    await h.sync.flush();
    expect(h.last()).toEqual({ kind: 'conflict' });
    h.sync.change('mine 2', 'mine 2');
    expect(h.timers).toHaveLength(0);
    // What the person would lose by taking the other's version, with the ETag it was built on.
    expect(h.sync.unsaved()).toEqual({ document: 'mine 2', baseEtag: '"r1"' });
    h.answerWith(async (call) => ({ id: 'id-1', etag: '"r9"', updatedAt: String(call.etag) }));
    await h.sync.keepMine('"r8"');
    expect(h.calls.at(-1)).toEqual({ document: 'mine 2', id: 'id-1', etag: '"r8"' });
    expect(h.last()?.kind).toBe('saved');
    expect(h.sync.unsaved()).toBeUndefined();
  });

  it('resumes a change left from an earlier visit, against the ETag it was based on', async () => {
    const h = harness({ serverEtag: '"r5"' });
    h.storage.setItem('k', JSON.stringify({ formData: { d: 1 }, baseEtag: '"r4"', changedAt: 1 }));
    expect(h.sync.pendingLocal()).toEqual({ d: 1 });
    h.sync.resume({ d: 1 });
    await h.tick();
    expect(h.calls).toEqual([{ document: { d: 1 }, id: 'id-1', etag: '"r4"' }]);
  });

  it('creates the draft and moves a change typed meanwhile to the new key, then sends it there', async () => {
    const h = harness({ serverId: null, serverEtag: null });
    let release: () => void = () => {};
    h.answerWith(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ id: 'ny', etag: '"r1"', updatedAt: 't' });
        }),
    );
    h.sync.change('first', 'first');
    const pending = h.sync.flush();
    await new Promise((r) => setTimeout(r, 0));
    h.sync.change('second', 'second');
    h.answerWith(async (call) => ({ id: 'ny', etag: '"r2"', updatedAt: String(call.etag) }));
    release();
    await pending;
    expect(h.created).toEqual([{ id: 'ny', etag: '"r1"', updatedAt: 't' }]);
    expect(readLocalDraft(h.storage, 'k')).toBeUndefined();
    // The second change went out right after, as a replacement of the created draft.
    expect(h.calls.map((c) => [c.document, c.id, c.etag])).toEqual([
      ['first', null, null],
      ['second', 'ny', '"r1"'],
    ]);
    expect(readLocalDraft(h.storage, 'k-ny')).toBeUndefined();
  });

  it('sends what is pending when the page is left, and retries only if the page comes back', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    h.sync.change('left', 'left');
    h.sync.leave();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.calls).toHaveLength(1);
    expect(h.timers).toHaveLength(0);
    h.sync.start();
    h.sync.change('back', 'back');
    expect(h.timers).toHaveLength(1);
  });

  it('keeps the change when the login has expired (401) and sends nothing more', async () => {
    const h = harness();
    h.answerWith(failWith(401));
    h.sync.change('e', 'e');
    await h.sync.flush();
    expect(h.last()).toEqual({ kind: 'unauthorized' });
    expect(h.timers).toHaveLength(0);
    expect(readLocalDraft(h.storage, 'k')?.formData).toBe('e');
  });
});
