import type { Principal as PrincipalSchema } from '@sosialtilskudd/api-contract';

import type { z } from 'zod';

export type Principal = z.output<typeof PrincipalSchema>;
export type Role = Principal['role'];
export const ROLES: readonly Role[] = ['nav-office', 'county-caseworker', 'directorate'];

/** The actor recorded on every stored document and audit event. */
export const actorOf = ({ sub, name, role }: Principal) => ({ sub, name, role });
