import { forbidden, notFound } from '../http/problems.js';
import type { ApplicationRow } from '../repository/rows.js';
import { APPLICANT_ROLES, COUNTY_ROLES, OFFICE_ROLES, type Principal, type Role } from './principal.js';

/**
 * What someone does in a case besides reading it. The applicant's side (§ 4, § 7, § 10, § 11): the Nav office's
 * staff and head write the drafts, reports and transfer requests (`drafter`); the head and the chief executive
 * sign the application (`signer`, which of the two § 7 roles is checked when they sign); the chief executive
 * returns the signed acceptance for the municipality (`municipality`); any of them (`applicant`) may open a draft
 * sent for signing for changes again, and sees the files it has not sent yet. The authority's side: the county office
 * that handles the case, or the directorate for national trials (`handler`), which also read the audit log, as
 * does the county office's approver. Who may approve a proposal is the domain's rule (APPROVAL_ROLE_MISSING).
 */
export type Party = 'reader' | 'applicant' | 'drafter' | 'signer' | 'municipality' | 'handler' | 'auditor';

/** The access matrix as data: which roles may act as each party; the case itself decides the rest (below). */
export const ACCESS_MATRIX: Record<Exclude<Party, 'reader'>, readonly Role[]> = {
  applicant: APPLICANT_ROLES,
  drafter: ['nav-office', 'nav-office-head'],
  signer: ['nav-office-head', 'municipal-executive'],
  municipality: ['municipal-executive'],
  handler: ['county-caseworker', 'directorate'],
  auditor: ['county-caseworker', 'county-approver', 'directorate'],
};

/** The municipalities the case's applicant covers: the chief executive of any of them acts for it (§ 4). */
const municipalitiesOf = (app: ApplicationRow): readonly string[] => app.document.applicant.municipalities;

/**
 * Who may see a case. A Nav office's staff and head see their own office's cases (by organisation number); the
 * chief executive the cases of offices that cover the municipality; a county caseworker cases sent to its own
 * county office; the directorate every submitted case. Drafts stay with the applicant until they are submitted, for the
 * directorate too (issue 15).
 */
export function canSee(p: Principal, app: ApplicationRow): boolean {
  switch (p.role) {
    case 'nav-office':
    case 'nav-office-head':
      return app.organisationNumber === p.organisationNumber;
    case 'municipal-executive':
      return p.municipalityNumber !== null && municipalitiesOf(app).includes(p.municipalityNumber);
    case 'county-caseworker':
    case 'county-approver':
      return app.state !== 'draft' && app.authority === `county-office:${p.countyOfficeId}`;
    case 'directorate':
      return app.state !== 'draft';
  }
}

/** `canSee` as data, for the queries that list cases and their events (drafts are filtered where they are). */
export type CaseScope =
  | { kind: 'office'; organisationNumber: string }
  | { kind: 'municipality'; municipalityNumber: string }
  | { kind: 'authority'; authority: string }
  | { kind: 'all' };

export function caseScopeOf(p: Principal): CaseScope {
  if (OFFICE_ROLES.includes(p.role))
    return { kind: 'office', organisationNumber: p.organisationNumber ?? '' };
  if (p.role === 'municipal-executive')
    return { kind: 'municipality', municipalityNumber: p.municipalityNumber ?? '' };
  if (COUNTY_ROLES.includes(p.role))
    return { kind: 'authority', authority: `county-office:${p.countyOfficeId}` };
  return { kind: 'all' };
}

/** The authority that decides and pays: the county office, or the directorate for national trials (§ 7, § 8). */
export function isHandler(p: Principal, app: ApplicationRow): boolean {
  return (
    app.state !== 'draft' &&
    ((p.role === 'county-caseworker' && app.authority === `county-office:${p.countyOfficeId}`) ||
      (p.role === 'directorate' && app.authority === 'directorate'))
  );
}

/** Whether `p` may act as `party` in this case: a role the matrix allows, on the side of the case it is on. */
export function actsAs(p: Principal, app: ApplicationRow, party: Party): boolean {
  if (party === 'reader') return canSee(p, app);
  if (!ACCESS_MATRIX[party].includes(p.role)) return false;
  if (party === 'handler') return isHandler(p, app);
  if (party === 'auditor') return canSee(p, app);
  return APPLICANT_ROLES.includes(p.role) && canSee(p, app);
}

const REFUSALS: Record<Exclude<Party, 'reader'>, string> = {
  applicant: 'Bare Nav-kontoret og de som signerer for søkeren, kan gjøre dette.',
  drafter: 'Bare de ansatte og lederen ved Nav-kontoret som har søkt, kan gjøre dette.',
  signer: 'Bare Nav-lederen og kommunedirektøren/rådmannen signerer søknaden (§ 7).',
  municipality:
    'Bekreftelsen signeres og returneres av kommunedirektøren/rådmannen, som har fullmakt til å forplikte kommunen (§ 10).',
  handler: 'Bare statsforvalteren som behandler saken (direktoratet for nasjonale forsøk), kan gjøre dette.',
  auditor: 'Revisjonsloggen er for statsforvalteren og direktoratet.',
};

/**
 * Refuses without leaking existence: a case the user cannot see is 404, exactly as one that does not exist;
 * a case the user sees but may not act on is 403.
 */
export function requireAccess<R extends ApplicationRow>(p: Principal, app: R | undefined, party: Party): R {
  if (!app || !canSee(p, app)) throw notFound();
  if (party !== 'reader' && !actsAs(p, app, party)) throw forbidden(REFUSALS[party]);
  return app;
}
