import { forbidden, notFound } from '../http/problems.js';
import type { ApplicationRow } from '../repository/rows.js';
import type { Principal } from './principal.js';

/**
 * Who may see a case. A Nav office sees its own office's cases (by organisation number); a county caseworker
 * sees cases sent to its own county office; the directorate reads every submitted case. Drafts stay with the
 * office until they are submitted, for the directorate too (issue 15).
 */
export function canSee(p: Principal, app: ApplicationRow): boolean {
  switch (p.role) {
    case 'nav-office':
      return app.organisationNumber === p.organisationNumber;
    case 'county-caseworker':
      return app.state !== 'draft' && app.authority === `county-office:${p.countyOfficeId}`;
    case 'directorate':
      return app.state !== 'draft';
  }
}

/** The authority that decides and pays: the county office, or the directorate for national trials (§ 7, § 8). */
export function isHandler(p: Principal, app: ApplicationRow): boolean {
  return (
    app.state !== 'draft' &&
    ((p.role === 'county-caseworker' && app.authority === `county-office:${p.countyOfficeId}`) ||
      (p.role === 'directorate' && app.authority === 'directorate'))
  );
}

export const isApplicant = (p: Principal, app: ApplicationRow): boolean =>
  p.role === 'nav-office' && app.organisationNumber === p.organisationNumber;

export type Party = 'applicant' | 'handler' | 'reader';

/**
 * Refuses without leaking existence: a case the user cannot see is 404, exactly as one that does not exist;
 * a case the user sees but may not act on is 403.
 */
export function requireAccess<R extends ApplicationRow>(p: Principal, app: R | undefined, party: Party): R {
  if (!app || !canSee(p, app)) throw notFound();
  if (party === 'applicant' && !isApplicant(p, app))
    throw forbidden('Bare Nav-kontoret som har søkt, kan gjøre dette.');
  if (party === 'handler' && !isHandler(p, app))
    throw forbidden(
      'Bare statsforvalteren som behandler saken (direktoratet for nasjonale forsøk), kan gjøre dette.',
    );
  return app;
}

/** Audit logs are for the county office and the directorate. */
export function requireAuditReader(p: Principal, app: ApplicationRow | undefined): ApplicationRow {
  const seen = requireAccess(p, app, 'reader');
  if (p.role === 'nav-office') throw forbidden('Revisjonsloggen er for statsforvalteren og direktoratet.');
  return seen;
}
