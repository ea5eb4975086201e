import {
  municipality,
  osloDate,
  SIGNER_ROLE_IDS,
  type Signer,
  type SignerRole,
} from '@sosialtilskudd/domain';
import type { ApplicationRow } from '../repository/rows.js';
import type { Principal } from './principal.js';

const isSignerRole = (role: string): role is SignerRole =>
  (SIGNER_ROLE_IDS as readonly string[]).includes(role);

/**
 * The person as a signature records them, from their login: who (`sub`, name), in which role, and for which
 * organisation: the Nav office of the case, or the municipality for its chief executive (§ 7).
 */
export function signerOf(p: Principal, app: ApplicationRow, now: Date): Signer | undefined {
  if (!isSignerRole(p.role)) return undefined;
  const base = { role: p.role, subject: p.sub, name: p.name };
  if (p.role === 'municipal-executive') {
    const number = p.municipalityNumber ?? '';
    const name = municipality(number, osloDate(now))?.name;
    return {
      ...base,
      organisation: {
        kind: 'municipality',
        name: name ? `${name} kommune` : `Kommune ${number}`,
        municipalityNumber: number,
      },
    };
  }
  return {
    ...base,
    organisation: {
      kind: 'nav-office',
      name: app.document.applicant.name,
      organisationNumber: p.organisationNumber ?? app.organisationNumber,
    },
  };
}
