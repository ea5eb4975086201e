import { data, redirect } from 'react-router';
import { currentSession, type Principal, type Session } from '../api/session.js';

export type Role = Principal['role'];

/** The applicant's side: the Nav office's staff and head, and the municipality's chief executive (§ 7). */
export const OFFICE_ROLES: readonly Role[] = ['nav-office', 'nav-office-head', 'municipal-executive'];
/** Who writes drafts and reports: the office's staff and head (the chief executive reads and signs). */
export const DRAFTER_ROLES: readonly Role[] = ['nav-office', 'nav-office-head'];
/** Whether the logged-in person writes for the office (the chief executive reads and signs, § 7). */
export const writesDrafts = (): boolean => {
  const role = currentSession()?.principal.role;
  return role !== undefined && DRAFTER_ROLES.includes(role);
};
export const HANDLER_ROLES: readonly Role[] = ['county-caseworker', 'directorate'];
/** The authorities' side: those who handle cases, and the county office's approver (totrinnskontroll). */
export const AUTHORITY_ROLES: readonly Role[] = [...HANDLER_ROLES, 'county-approver'];

/** Where a user starts after logging in. */
export function homeOf(principal: Principal): string {
  return OFFICE_ROLES.includes(principal.role) ? '/kontor' : '/saker';
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
