import { osloDate } from '../calls/oslo-time.js';
import {
  type DocumentSignature,
  REQUIRED_SIGNERS,
  SIGNER_ROLES,
  type SignedDocumentType,
} from '../signing/signature.js';
import { signedInRole } from '../signing/verify.js';
import { repeated } from './repeats.js';
import { at, defineRule, type Rule } from './rule.js';

interface SignedDoc {
  documentType: SignedDocumentType;
  signatures?: DocumentSignature[];
  submittedAt?: string;
}

const SOURCE =
  '§ 7 (søknaden undertegnes av rådmannen/kommunens administrative ledelse og NAV-leder), § 10 (bekreftelsen signeres og returneres)';

const clock = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
});

/** «2025-01-24 kl. 10:15», Oslo time: what a person reads, where the document holds an instant. */
const osloMinute = (instant: string) => `${osloDate(instant)} kl. ${clock.format(new Date(instant))}`;

const roleNames = (roles: readonly (keyof typeof SIGNER_ROLES)[], lang: 'nb' | 'nn') =>
  roles.map((r) => SIGNER_ROLES[r][lang]).join(' eller ');

/** A sent document carries a signature from each role its type needs: both § 7 signers on an application. */
const signatureMissing = defineRule<SignedDoc>({
  code: 'SIGNATURE_MISSING',
  source: SOURCE,
  summary:
    'Et dokument som er sendt inn, har signatur fra hver rolle som må signere: søknaden fra Nav-leder og kommunedirektør/rådmann (§ 7), bekreftelsen fra kommunedirektør/rådmann (§ 10), rapportene fra den som sender dem.',
  when: ({ doc }) => doc.submittedAt !== undefined,
  messages: {
    nb: (p) => `Dokumentet er sendt uten signatur fra ${p.roles}`,
    nn: (p) => `Dokumentet er sendt utan signatur frå ${p.rolesNn}`,
  },
  check: ({ doc }) =>
    REQUIRED_SIGNERS[doc.documentType]
      .filter((roles) => !(doc.signatures ?? []).some((s) => signedInRole(s, roles)))
      .map((roles) => at(['signatures'], { roles: roleNames(roles, 'nb'), rolesNn: roleNames(roles, 'nn') })),
});

/** Signed before it was sent: no signature is given after the document's submittedAt (rule from issue 13). */
const signatureAfterSubmission = defineRule<SignedDoc>({
  code: 'SIGNATURE_AFTER_SUBMISSION',
  source: SOURCE,
  summary:
    'Ingen signatur er gitt etter at dokumentet ble sendt inn; en innskrevet signatur fra versjon 1 sammenlignes med datoen i norsk tid.',
  limit: 'date',
  when: ({ doc }) => doc.submittedAt !== undefined,
  messages: {
    nb: (p) => `Signaturen er gitt ${p.signed}, etter at dokumentet ble sendt inn ${p.sent}`,
    nn: (p) => `Signaturen er gitt ${p.signed}, etter at dokumentet vart sendt inn ${p.sent}`,
  },
  check: ({ doc }) => {
    const sent = doc.submittedAt as string;
    return (doc.signatures ?? []).flatMap((s, i) =>
      s.kind === 'recorded'
        ? Date.parse(s.signedAt) > Date.parse(sent)
          ? [at(['signatures', i, 'signedAt'], { signed: osloMinute(s.signedAt), sent: osloMinute(sent) })]
          : []
        : s.signedOn > osloDate(sent)
          ? [at(['signatures', i, 'signedOn'], { signed: s.signedOn, sent: osloDate(sent) })]
          : [],
    );
  },
});

/** § 7 asks for two people: one person does not sign in two roles. */
const signedTwice = defineRule<SignedDoc>({
  code: 'SIGNATURE_SAME_PERSON',
  source: SOURCE,
  summary:
    'Én person signerer ett dokument bare én gang, så søknadens to signaturer er fra to personer (§ 7).',
  messages: {
    nb: (p) => `${p.name} har alt signert dokumentet`,
    nn: (p) => `${p.name} har alt signert dokumentet`,
  },
  check: ({ doc }) =>
    repeated(doc.signatures ?? [], (s) => (s.kind === 'recorded' ? s.signer.subject : Symbol())).map(
      ({ item, index }) =>
        at(['signatures', index], { name: item.kind === 'recorded' ? item.signer.name : '' }),
    ),
});

/** The rules every signed document type runs: application, acceptance, status and final report. */
export const SIGNING_RULES: readonly Rule<SignedDoc>[] = [
  signatureMissing,
  signatureAfterSubmission,
  signedTwice,
];
