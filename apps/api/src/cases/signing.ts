import type { SigningStatus } from '@sosialtilskudd/api-contract';
import { REQUIRED_SIGNERS, type SignerRole, verifySignatures } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import type { ApplicationRow } from '../repository/rows.js';
import { iso } from '../repository/rows.js';

export type SigningState = z.input<typeof SigningStatus>['state'];

/**
 * Where the application is in its sign-off (§ 7): a draft is being edited until it is sent for signing, then
 * waits until both signers have signed what it says now; a submitted application was signed when it was sent.
 */
export function signingStatus(row: ApplicationRow): z.input<typeof SigningStatus> {
  const verification = verifySignatures(row.document);
  const state: SigningState =
    row.state !== 'draft' || (row.signingRequestedAt && verification.complete)
      ? 'signed'
      : row.signingRequestedAt
        ? 'awaiting-signatures'
        : 'editing';
  return {
    state,
    requestedAt: row.signingRequestedAt ? iso(row.signingRequestedAt) : null,
    requestedBy: row.signingRequestedBy,
    documentSha256: verification.digest,
    required: verification.required.map(({ roles, signature }) => ({
      roles: [...roles],
      signature: signature?.signature.kind === 'recorded' ? signature.signature : null,
    })),
  };
}

/** The § 7 roles a draft sent for signing still waits for, from the roles that have signed it. */
export function awaitingSignatureFrom(signedRoles: readonly string[] | null): SignerRole[] {
  if (signedRoles === null) return [];
  return REQUIRED_SIGNERS.application
    .filter((group) => !group.some((role) => signedRoles.includes(role)))
    .flat();
}
