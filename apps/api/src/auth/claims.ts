import { COUNTY_OFFICE_IDS, type CountyOfficeId } from '@sosialtilskudd/domain';
import { COUNTY_ROLES, OFFICE_ROLES, type Principal, ROLES, type Role } from './principal.js';

/**
 * What a token says about the person, read the same way whichever provider issued it: who (sub, name), in which
 * role, and for which office. Each provider's token shape has its own reader; a new role is a line in ROLES (and
 * in the readers' tables), a new provider a reader.
 */
interface Claimed {
  name?: unknown;
  role?: unknown;
  /** The Nav office's organisation number, for `nav-office` and `nav-office-head`. */
  organisationNumber?: unknown;
  /** The municipality's number (four digits), for `municipal-executive`. */
  municipalityNumber?: unknown;
  /** The county office, for `county-caseworker` and `county-approver`. */
  countyOfficeId?: unknown;
}

type Claims = Record<string, unknown>;

/** This API's own claims, as the development login and a provider configured to emit them write them. */
function ownClaims(claims: Claims): Claimed | undefined {
  if (typeof claims.role !== 'string') return undefined;
  const { name, role, organisationNumber, municipalityNumber, countyOfficeId } = claims;
  return { name, role, organisationNumber, municipalityNumber, countyOfficeId };
}

/**
 * Entra ID (v2 access token, `ver` "2.0"): the app roles the tenant assigns the person, in `roles`. A role that
 * acts for an office names it after a colon: `nav-office:974760525`, `nav-office-head:974760525`,
 * `municipal-executive:3407` (the municipality's number), `county-caseworker:innlandet`, `county-approver:innlandet`, `directorate`.
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
    ...(OFFICE_ROLES.includes(role as Role) ? { organisationNumber: office } : {}),
    ...(role === 'municipal-executive' ? { municipalityNumber: office } : {}),
    ...(COUNTY_ROLES.includes(role as Role) ? { countyOfficeId: office } : {}),
  };
}

/**
 * ID-porten for employees (Ansattporten): the person (`pid`) and, in `authorization_details`, the organisations
 * Altinn says they may act for (`reportees`, ids `0192:<organisation number>`). One organisation: a Nav office's
 * staff member acting for it, or its head when the detail is for the Altinn resource that ends in
 * `nav-office-head` (delegated in Altinn to the office's heads only). ID-porten tokens carry no name; the audit
 * log shows the pairwise `sub`. The chief executive acts for the municipality, which Altinn names by organisation
 * number, not municipality number: a deployment gives that role through Entra ID or its own claims.
 */
function idPortenClaims(claims: Claims): Claimed | undefined {
  if (typeof claims.pid !== 'string' || !Array.isArray(claims.authorization_details)) return undefined;
  const details = claims.authorization_details as { reportees?: unknown; resource?: unknown }[];
  const organisations = details.flatMap((detail) =>
    Array.isArray(detail?.reportees)
      ? detail.reportees.map((r: { ID?: unknown }) => /^0192:(\d{9})$/.exec(String(r?.ID))?.[1])
      : [],
  );
  const distinct = [...new Set(organisations)];
  if (distinct.length !== 1 || !distinct[0]) return {};
  const head = details.some((d) => typeof d?.resource === 'string' && d.resource.endsWith('nav-office-head'));
  return { role: head ? 'nav-office-head' : 'nav-office', organisationNumber: distinct[0] };
}

/** Tried in order; the first that recognises the token's shape reads it. */
const READERS = [ownClaims, entraIdClaims, idPortenClaims];

const isCountyOffice = (v: unknown): v is CountyOfficeId =>
  typeof v === 'string' && (COUNTY_OFFICE_IDS as readonly string[]).includes(v);

/**
 * The token's claims, checked: a Nav office's staff member or head must name the office's organisation number,
 * the chief executive the municipality's number, a caseworker its county office. A token that does not say who
 * the user acts for gets no access at all.
 */
export function principalFromClaims(claims: Claims): Principal | undefined {
  const { sub } = claims;
  if (typeof sub !== 'string') return undefined;
  const claimed = READERS.reduce<Claimed | undefined>((found, read) => found ?? read(claims), undefined);
  const { name, role, organisationNumber, municipalityNumber, countyOfficeId } = claimed ?? {};
  if (!ROLES.includes(role as Role)) return undefined;
  const base = {
    sub,
    name: typeof name === 'string' && name ? name : sub,
    role: role as Role,
    organisationNumber: null,
    municipalityNumber: null,
    countyOfficeId: null,
  };
  if (OFFICE_ROLES.includes(role as Role))
    return typeof organisationNumber === 'string' && /^\d{9}$/.test(organisationNumber)
      ? { ...base, organisationNumber }
      : undefined;
  if (role === 'municipal-executive')
    return typeof municipalityNumber === 'string' && /^\d{4}$/.test(municipalityNumber)
      ? { ...base, municipalityNumber }
      : undefined;
  if (COUNTY_ROLES.includes(role as Role))
    return isCountyOffice(countyOfficeId) ? { ...base, countyOfficeId } : undefined;
  return base;
}
