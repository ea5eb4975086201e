import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * What a signature covers: the document as a person read it, without the signatures themselves and without
 * `submittedAt`, which the server stamps when the signed document is sent. Attachments are covered through
 * their references (name, type, size and SHA-256 of the bytes), which are part of the document.
 */
export function signedContent(document: object): Record<string, unknown> {
  const {
    signatures: _signatures,
    submittedAt: _submittedAt,
    ...content
  } = document as Record<string, unknown>;
  return content;
}

/** RFC 8785 (JSON Canonicalization Scheme): one byte sequence for one JSON value, whatever its key order. */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new TypeError('Not a JSON value');
  return json;
}

/**
 * The SHA-256 (lower-case hex) of the RFC 8785 canonical JSON of what a signature covers. Anyone holding the
 * document can compute it again: `tilskudd verify` does, and so does the rule SIGNATURE_DOCUMENT_CHANGED.
 */
export function documentDigest(document: object): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(signedContent(document)))));
}
