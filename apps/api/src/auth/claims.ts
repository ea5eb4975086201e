import { COUNTY_OFFICE_IDS, type CountyOfficeId } from '@sosialtilskudd/domain';
import { type Principal, ROLES, type Role } from './principal.js';

/**
 * What a token says about the person, read the same way whichever provider issued it: who (sub, name), in which
 * role, and for which office. Each provider's token shape has its own reader; a new role is a line in ROLES (and
 * in the readers' tables), a new provider a reader.
 */
interface Claimed {
  name?: unknown;
  role?: unknown;
  /** The Nav office's organisation number, for `nav-office`. */
  organisationNumber?: unknown;
  /** The county office, for `county-caseworker`. */
  countyOfficeId?: unknown;
}

type Claims = Record<string, unknown>;

/** This API's own claims, as the development login and a provider configured to emit them write them. */
function ownClaims(claims: Claims): Claimed | undefined {
  if (typeof claims.role !== 'string') return undefined;
  const { name, role, organisationNumber, countyOfficeId } = claims;
  return { name, role, organisationNumber, countyOfficeId };
}

/**
 * Entra ID (v2 access token, `ver` "2.0"): the app roles the tenant assigns the person, in `roles`. A role that
 * acts for an office names it after a colon: `nav-office:974760525`, `county-caseworker:innlandet`, `directorate`.
 * Exactly one of this API's roles must be assigned; the others (of other applications) are ignored.
 */
function entraIdClaims(claims: Claims): Claimed | undefined {
  if (claims.ver !== '2.0' || typeof claims.tid !== 'string' || !Array.isArray(claims.roles))
    return undefined;
  const ours = claims.roles
    .filter((r): r is string => typeof r === 'string')
    .map((r) => r.split(':'))
    .filter(([role]) => ROLES.includes(role as Role));
  if (ours.length !== 1) return {};
  const [role, office] = ours[0] ?? [];
  return {
    name: claims.name,
    role,
    ...(role === 'nav-office' ? { organisationNumber: office } : {}),
    ...(role === 'county-caseworker' ? { countyOfficeId: office } : {}),
  };
}

/**
 * ID-porten for employees (Ansattporten): the person (`pid`) and, in `authorization_details`, the organisations
 * Altinn says they may act for (`reportees`, ids `0192:<organisation number>`). One organisation: a Nav office's
 * staff member acting for it. ID-porten tokens carry no name; the audit log shows the pairwise `sub`.
 */
function idPortenClaims(claims: Claims): Claimed | undefined {
  if (typeof claims.pid !== 'string' || !Array.isArray(claims.authorization_details)) return undefined;
  const organisations = claims.authorization_details.flatMap((detail: { reportees?: unknown }) =>
    Array.isArray(detail?.reportees)
      ? detail.reportees.map((r: { ID?: unknown }) => /^0192:(\d{9})$/.exec(String(r?.ID))?.[1])
      : [],
  );
  const distinct = [...new Set(organisations)];
  if (distinct.length !== 1 || !distinct[0]) return {};
  return { role: 'nav-office', organisationNumber: distinct[0] };
}

/** Tried in order; the first that recognises the token's shape reads it. */
const READERS = [ownClaims, entraIdClaims, idPortenClaims];

const isCountyOffice = (v: unknown): v is CountyOfficeId =>
  typeof v === 'string' && (COUNTY_OFFICE_IDS as readonly string[]).includes(v);

/**
 * The token's claims, checked: a nav-office user must name its organisation number, a caseworker its county
 * office. A token that does not say who the user acts for gets no access at all.
 */
export function principalFromClaims(claims: Claims): Principal | undefined {
  const { sub } = claims;
  if (typeof sub !== 'string') return undefined;
  const claimed = READERS.reduce<Claimed | undefined>((found, read) => found ?? read(claims), undefined);
  const { name, role, organisationNumber, countyOfficeId } = claimed ?? {};
  if (!ROLES.includes(role as Role)) return undefined;
  const base = { sub, name: typeof name === 'string' && name ? name : sub, role: role as Role };
  if (role === 'nav-office')
    return typeof organisationNumber === 'string' && /^\d{9}$/.test(organisationNumber)
      ? { ...base, organisationNumber, countyOfficeId: null }
      : undefined;
  if (role === 'county-caseworker')
    return isCountyOffice(countyOfficeId) ? { ...base, organisationNumber: null, countyOfficeId } : undefined;
  return { ...base, organisationNumber: null, countyOfficeId: null };
}
