import type { Schemas } from '@sosialtilskudd/api-client';

export type Principal = Schemas['Principal'];

export interface Session {
  token: string;
  principal: Principal;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const KEY = 'sosialtilskudd.session';

/**
 * The login lives in sessionStorage: it survives a reload (a draft page reloads into the same user) but not a
 * closed tab, and never leaves this browser.
 */
export function currentSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : undefined;
    return session && session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
