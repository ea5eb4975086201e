import type { Schemas } from '@sosialtilskudd/api-client';
import { COUNTY_OFFICE_IDS, type CountyOfficeId } from '@sosialtilskudd/domain';

export type Principal = Schemas['Principal'];
export type Role = Principal['role'];
export const ROLES: readonly Role[] = ['nav-office', 'county-caseworker', 'directorate'];

/** The actor recorded on every stored document and audit event. */
export const actorOf = ({ sub, name, role }: Principal) => ({ sub, name, role });

const isCountyOffice = (v: unknown): v is CountyOfficeId =>
  typeof v === 'string' && (COUNTY_OFFICE_IDS as readonly string[]).includes(v);

/**
 * The token's claims, checked: a nav-office user must name its organisation number, a caseworker its county
 * office. A token that does not say who the user acts for gets no access at all.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const { sub, name, role, organisationNumber, countyOfficeId } = claims;
  if (typeof sub !== 'string' || !ROLES.includes(role as Role)) return undefined;
  const base = { sub, name: typeof name === 'string' ? name : sub, role: role as Role };
  if (role === 'nav-office')
    return typeof organisationNumber === 'string' && /^\d{9}$/.test(organisationNumber)
      ? { ...base, organisationNumber, countyOfficeId: null }
      : undefined;
  if (role === 'county-caseworker')
    return isCountyOffice(countyOfficeId) ? { ...base, organisationNumber: null, countyOfficeId } : undefined;
  return { ...base, organisationNumber: null, countyOfficeId: null };
}
