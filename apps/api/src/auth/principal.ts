import { type Principal as PrincipalSchema, ROLE_IDS } from '@sosialtilskudd/api-contract';
import type { z } from 'zod';

export type Principal = z.output<typeof PrincipalSchema>;
export type Role = Principal['role'];
export const ROLES: readonly Role[] = ROLE_IDS;

/** The roles that act for the applicant: the Nav office's staff and head, and the municipality's chief executive. */
export const APPLICANT_ROLES: readonly Role[] = ['nav-office', 'nav-office-head', 'municipal-executive'];
/** The roles that act for a Nav office, by its organisation number. */
export const OFFICE_ROLES: readonly Role[] = ['nav-office', 'nav-office-head'];

/** The roles that act for a county office, by its id: the caseworker who proposes and the approver (totrinnskontroll). */
export const COUNTY_ROLES: readonly Role[] = ['county-caseworker', 'county-approver'];

/** The actor recorded on every stored document and audit event. */
export const actorOf = ({ sub, name, role }: Principal) => ({ sub, name, role });
