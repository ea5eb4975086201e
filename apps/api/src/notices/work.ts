import type { Database } from '../db/database.js';
import { noticesFromEvents, remindersDue } from './derive.js';
import { type SendMail, sendDueNotice } from './sender.js';

export interface NoticeWorkOptions {
  portalUrl: string;
  /** SMTP; without it notices are kept in the development outbox. */
  send: SendMail | undefined;
  /** The case clock: deadlines are the calls' (API_START_AT moves it in the demo). */
  now: () => Date;
  reminderEveryMs: number;
  leaseMs: number;
  retryDelaysMs: readonly number[];
}

/** Five tries over about an hour, then the notice is marked failed (and shows so in the outbox). */
export const NOTICE_RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 1_800_000];

/** The notices' part of a worker round: derive from new events, add reminders now and then, send what is due. */
export function noticeWork(db: Database, o: NoticeWorkOptions) {
  let remindedAt = Number.NEGATIVE_INFINITY;
  return async (worker: string) => {
    while ((await noticesFromEvents(db, o.portalUrl, o.now())) > 0) {}
    if (Date.now() - remindedAt >= o.reminderEveryMs) {
      await remindersDue(db, o.portalUrl, o.now());
      remindedAt = Date.now();
    }
    const sender = { worker, leaseMs: o.leaseMs, retryDelaysMs: o.retryDelaysMs, clock: Date.now };
    while (await sendDueNotice(db, o.send, sender)) {}
  };
}
