import type { Schemas } from '@sosialtilskudd/api-client';

export type Principal = Schemas['Principal'];

export interface Session {
  token: string;
  principal: Principal;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export const SESSION_KEY = 'sosialtilskudd.session';

/**
 * The login lives in localStorage: it survives a reload, a new tab and a restart of the demo's servers (the API
 * keeps its signing key with its data), and never leaves this browser. It ends when the token does (8 hours for
 * the demo login) or at «Logg ut», in every tab of the browser.
 */
export function currentSession(): Session | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    const session = raw ? (JSON.parse(raw) as Session) : undefined;
    return session && session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}
