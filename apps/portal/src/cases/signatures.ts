import { SIGNER_ROLES, type SignedDocument, verifySignatures } from '@sosialtilskudd/domain';
import { formatDate, formatDateTime } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';

type T = (key: TextKey, params?: Record<string, string | number>) => string;

/**
 * A document's signatures (application, acceptance, reports) as a reader sees them: who signed in which role and when, each checked against
 * the content as it is now (a signature given to other content is said to be void, a typed one from version 1
 * to be unverifiable), or that nobody has signed yet.
 */
export function signatureFacts(document: SignedDocument, language: Language, t: T) {
  const checks = verifySignatures(document).signatures;
  if (checks.length === 0) return [{ label: t('signaturesHeading'), value: t('signaturesNone') }];
  return checks.map(({ signature: s, state }) => {
    const label = s.role ? SIGNER_ROLES[s.role][language] : t('signaturesHeading');
    const given =
      s.kind === 'recorded'
        ? t('signedBy', {
            name: s.signer.name,
            organisation: s.signer.organisation.name,
            date: formatDateTime(s.signedAt, language),
          })
        : t('signedOn', { name: s.name, title: s.title, date: formatDate(s.signedOn, language) });
    const note =
      state === 'valid' ? '' : ` (${t(state === 'document-changed' ? 'signatureVoid' : 'signatureTyped')})`;
    return { label, value: `${given}${note}` };
  });
}
