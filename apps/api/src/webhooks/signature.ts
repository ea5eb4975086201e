import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks, symmetric scheme: HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}` with the
 * base64-decoded secret, sent as `v1,<base64>`; the secret is shown as `whsec_<base64>` of 32 random bytes.
 */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

const keyOf = (secret: string) => Buffer.from(secret.replace(/^whsec_/, ''), 'base64');

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three headers of one delivery attempt: the id stays the same on every attempt, the timestamp does not. */
export function webhookHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secret, id, timestamp, body),
  };
}
