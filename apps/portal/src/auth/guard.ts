import { data, redirect } from 'react-router';
import { currentSession, type Principal, type Session } from '../api/session.js';

export type Role = Principal['role'];

export const OFFICE_ROLES: readonly Role[] = ['nav-office'];
export const HANDLER_ROLES: readonly Role[] = ['county-caseworker', 'directorate'];

/** Where a user starts after logging in. */
export function homeOf(principal: Principal): string {
  return principal.role === 'nav-office' ? '/kontor' : '/saker';
}

/** In a loader: the session, or a redirect to the login (coming back here afterwards), or 403 for another role. */
export function requireSession(request: Request, roles: readonly Role[]): Session {
  const session = currentSession();
  if (!session) {
    const url = new URL(request.url);
    throw redirect(`/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!roles.includes(session.principal.role)) throw data('FORBIDDEN', { status: 403 });
  return session;
}
