import { documentDigest } from './digest.js';
import type { DocumentSignature, SignatureRecord, SignerOrganisation, SignerRole } from './signature.js';

/** A person about to sign, as their login shows them. */
export interface Signer {
  role: SignerRole;
  subject: string;
  name: string;
  organisation: SignerOrganisation;
}

/** The record of `signer` signing `document` as it is now, at `signedAt` (an ISO instant). */
export function signatureRecord(document: object, signer: Signer, signedAt: string): SignatureRecord {
  const { role, subject, name, organisation } = signer;
  return {
    kind: 'recorded',
    role,
    signer: { subject, name, organisation },
    signedAt,
    documentSha256: documentDigest(document),
  };
}

/** The document with one more signature; what it covers leaves out the signatures, so earlier ones still hold. */
export function addSignature<T extends object>(
  document: T,
  signer: Signer,
  signedAt: string,
): T & { signatures: DocumentSignature[] } {
  const earlier = (document as { signatures?: DocumentSignature[] }).signatures ?? [];
  return { ...document, signatures: [...earlier, signatureRecord(document, signer, signedAt)] };
}
