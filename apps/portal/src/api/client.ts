import { createTilskuddClient } from '@sosialtilskudd/api-client';
import { currentSession } from './session.js';

/** The typed API client; the portal's server (or Vite in development) passes /v1 and /dev on to the API. */
export const api = createTilskuddClient({
  baseUrl: window.location.origin,
  getToken: () => currentSession()?.token,
});

/** A fresh key per user action, so a retried POST is not done twice (the API's Idempotency-Key). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
