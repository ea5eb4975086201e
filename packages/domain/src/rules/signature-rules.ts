import { osloDate } from '../calls/oslo-time.js';
import type { Signature } from '../documents/common.js';
import type { PathSegment } from './issue.js';
import { at, type Finding, type RuleMessages } from './rule.js';

/** § 7 and § 11: a document is signed before it is sent, so no signature is dated after it was sent. */
export const SIGNATURE_AFTER_SUBMISSION = {
  code: 'SIGNATURE_AFTER_SUBMISSION',
  limit: 'date' as const,
  source: '§ 7 og § 11 (søknaden og rapporten undertegnes før de sendes)',
  summary: 'Ingen signatur er datert etter at dokumentet ble sendt inn (datoen i norsk tid).',
  messages: {
    nb: (p) => `Signaturen er datert ${p.signedOn}, etter at dokumentet ble sendt inn ${p.sent}`,
    nn: (p) => `Signaturen er datert ${p.signedOn}, etter at dokumentet vart sendt inn ${p.sent}`,
  } satisfies RuleMessages,
};

/** Each signature dated after the Oslo date of `submittedAt`; nothing for a document not yet sent. */
export function signedAfterSubmission(
  submittedAt: string | undefined,
  signatures: readonly (readonly [Signature, PathSegment[]])[],
): Finding[] {
  if (!submittedAt) return [];
  const sent = osloDate(submittedAt);
  return signatures.flatMap(([signature, path]) =>
    signature.signedOn > sent ? [at([...path, 'signedOn'], { signedOn: signature.signedOn, sent })] : [],
  );
}
