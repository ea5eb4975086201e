import nodemailer from 'nodemailer';
import type { Queryable } from '../db/database.js';
import { messageIdOf } from './notices.js';

export interface SenderOptions {
  worker: string;
  leaseMs: number;
  /** Waits after the n-th failed attempt; then the notice is `failed`. */
  retryDelaysMs: readonly number[];
  clock: () => number;
}

/** Sends one mail; resolves once the SMTP server has accepted it. */
export type SendMail = (mail: {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}) => Promise<unknown>;

/**
 * Nodemailer's SMTP transport. Its waits are cut from minutes to seconds so that a send ends well inside the
 * notice's lease (a minute by default): no other process takes a notice over while it is being sent.
 */
export function smtpSender(smtpUrl: string, from: string): SendMail {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return (mail) => transport.sendMail({ ...mail, from, headers: { 'Auto-Submitted': 'auto-generated' } });
}

interface Claimed {
  key: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Claims one due notice (unless another process holds it), sends it and marks it sent, fenced by the lease. Only a
 * process that dies between the SMTP server's acceptance and the mark can cause a repeat, which then carries the
 * same Message-ID. Without `send` (no SMTP_URL) the notice is kept in the development outbox. Returns whether one
 * was claimed.
 */
export async function sendDueNotice(
  db: Queryable,
  send: SendMail | undefined,
  o: SenderOptions,
): Promise<boolean> {
  const now = o.clock();
  const { rows } = await db.query<Claimed>(
    `update notices set lease_owner = $1, lease_until = $3
     where key = (select key from notices where status = 'pending' and next_attempt_at <= $2
                    and (lease_until is null or lease_until < $2)
                  order by next_attempt_at, key limit 1 for update skip locked)
     returning key, recipient, subject, body, attempts`,
    [o.worker, new Date(now).toISOString(), new Date(now + o.leaseMs).toISOString()],
  );
  const notice = rows[0];
  if (!notice) return false;
  const messageId = messageIdOf(notice.key);
  const finish = (status: string, attempts: number, waitMs: number, error: string | null) =>
    db.query(
      `update notices set status = $3, attempts = $4, next_attempt_at = $5, last_error = $6, message_id = $7,
         sent_at = case when $3 = 'sent' then $8::timestamptz end, lease_owner = null, lease_until = null
       where key = $1 and lease_owner = $2`,
      [
        notice.key,
        o.worker,
        status,
        attempts,
        new Date(o.clock() + waitMs).toISOString(),
        error,
        messageId,
        new Date(o.clock()).toISOString(),
      ],
    );
  if (!send) {
    await finish('kept', notice.attempts, 0, null);
    return true;
  }
  try {
    await send({ to: notice.recipient, subject: notice.subject, text: notice.body, messageId });
    await finish('sent', notice.attempts + 1, 0, null);
  } catch (error) {
    const attempts = notice.attempts + 1;
    const wait = o.retryDelaysMs[attempts - 1];
    await finish(
      wait === undefined ? 'failed' : 'pending',
      attempts,
      wait ?? 0,
      (error as Error).message.slice(0, 200),
    );
  }
  return true;
}
