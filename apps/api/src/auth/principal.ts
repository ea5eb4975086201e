import type { Schemas } from '@sosialtilskudd/api-client';

export type Principal = Schemas['Principal'];
export type Role = Principal['role'];
export const ROLES: readonly Role[] = ['nav-office', 'county-caseworker', 'directorate'];

/** The actor recorded on every stored document and audit event. */
export const actorOf = ({ sub, name, role }: Principal) => ({ sub, name, role });
