import { osloDate } from '../calls/oslo-time.js';
import { documentDigest } from './digest.js';
import {
  type DocumentSignature,
  REQUIRED_SIGNERS,
  type SignedDocumentType,
  type SignerRole,
} from './signature.js';

/** What one signature is worth against the document as it is now. */
export type SignatureState =
  /** Given in the system for exactly this content. */
  | 'valid'
  /** Given for other content: the document changed after it was signed, so the signature no longer holds. */
  | 'document-changed'
  /** Typed into version 1: there is nothing to check it against. */
  | 'not-verifiable';

export interface SignatureCheck {
  index: number;
  signature: DocumentSignature;
  state: SignatureState;
}

export interface SignedDocument {
  documentType: string;
  signatures?: readonly DocumentSignature[];
}

export interface Verification {
  /** SHA-256 of the document's canonical JSON, as a signature made now would record it. */
  digest: string;
  signatures: SignatureCheck[];
  /** For each group of roles the document type needs a signature from: the valid signature, if any. */
  required: { roles: readonly SignerRole[]; signature?: SignatureCheck }[];
  /** Every required signature is there and valid. */
  complete: boolean;
}

export const isSignedDocumentType = (type: string): type is SignedDocumentType =>
  Object.hasOwn(REQUIRED_SIGNERS, type);

/** Whether a signature was given in one of `roles`; a typed one without a role could have been anyone's. */
export const signedInRole = (s: DocumentSignature, roles: readonly SignerRole[]): boolean =>
  s.role === undefined || roles.includes(s.role);

/** The Oslo date a signature was given on. */
export const signatureDate = (s: DocumentSignature): string =>
  s.kind === 'recorded' ? osloDate(s.signedAt) : s.signedOn;

/**
 * Recomputes the document's digest and checks every signature against it, the way anyone holding the
 * document can (`tilskudd verify`). A typed signature from version 1 is reported, not trusted.
 */
export function verifySignatures(doc: SignedDocument): Verification {
  const digest = documentDigest(doc);
  const signatures = (doc.signatures ?? []).map(
    (signature, index): SignatureCheck => ({
      index,
      signature,
      state:
        signature.kind === 'typed'
          ? 'not-verifiable'
          : signature.documentSha256 === digest
            ? 'valid'
            : 'document-changed',
    }),
  );
  const groups = isSignedDocumentType(doc.documentType) ? REQUIRED_SIGNERS[doc.documentType] : [];
  const required = groups.map((roles) => {
    const signature = signatures.find((c) => c.state === 'valid' && signedInRole(c.signature, roles));
    return signature ? { roles, signature } : { roles };
  });
  return { digest, signatures, required, complete: required.every((r) => r.signature !== undefined) };
}
