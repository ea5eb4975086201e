import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { ATTACHMENT_TYPES, type AttachmentMediaType } from '@sosialtilskudd/domain';
import { toShownProblem } from '../api/problems.js';
import { formatNumber } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { type TextKey, text } from '../i18n/texts.js';
import type { Attachment } from './transfer.js';

/** The API's refusals of a file, in the portal's own words (the API's details are bokmål only). */
const REFUSALS: Record<string, TextKey> = {
  ATTACHMENT_TYPE_NOT_ALLOWED: 'attachmentRefused_type',
  ATTACHMENT_TOO_LARGE: 'attachmentRefused_size',
  ATTACHMENTS_TOO_LARGE: 'attachmentRefused_total',
  ATTACHMENT_EMPTY: 'attachmentRefused_empty',
  ATTACHMENT_INFECTED: 'attachmentRefused_infected',
  ATTACHMENT_SCAN_PENDING: 'attachmentRefused_pending',
  ATTACHMENT_LOCKED: 'attachmentRefused_locked',
  ATTACHMENT_IN_USE: 'attachmentRefused_inUse',
  DRAFT_LOCKED: 'attachmentRefused_draftLocked',
  APPLICATION_NOT_DRAFT: 'attachmentRefused_submitted',
};

/** Why the file was refused or could not be sent, in words: never a code. */
export function attachmentProblemText(error: unknown, language: Language): string {
  const key = error instanceof TilskuddProblemError ? REFUSALS[error.code] : undefined;
  if (key) return text(key, language);
  const shown = toShownProblem(error, language);
  // The portal's own detail (no contact, say) is in the person's language; the API's is not.
  return shown.status === 0 && shown.detail ? `${shown.title}. ${shown.detail}` : shown.title;
}

/**
 * Why a file was not taken: the API's refusal (or no contact), or Aksel's dropzone, which checks the name's
 * extension and the size before anything is sent. Kept as it came, so it is worded in the language shown now.
 */
export type AttachmentFailure = { error: unknown } | { rejected: readonly string[] } | { text: TextKey };

export function failureText(failure: AttachmentFailure | undefined, language: Language): string | undefined {
  if (!failure) return undefined;
  if ('error' in failure) return attachmentProblemText(failure.error, language);
  if ('text' in failure) return text(failure.text, language);
  return text(
    failure.rejected.includes('fileSize') ? 'attachmentRefused_size' : 'attachmentRefused_type',
    language,
  );
}

/** «2,4 MB», «830 kB»: the size as a file manager says it (binary units, as the limits are counted). */
export function fileSize(bytes: number, language: Language): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} kB`;
  const mb = new Intl.NumberFormat(language === 'nn' ? 'nn-NO' : 'nb-NO', { maximumFractionDigits: 1 });
  return `${mb.format(bytes / (1024 * 1024))} MB`;
}

export const mediaTypeName = (mediaType: AttachmentMediaType) => ATTACHMENT_TYPES[mediaType].name;

export const scanText = (attachment: Pick<Attachment, 'scan'>, language: Language) =>
  text(`attachmentScan_${attachment.scan.state}`, language);

/** The extensions the file picker offers; the API still judges each file by its content. */
export const ACCEPTED_EXTENSIONS = Object.values(ATTACHMENT_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(',');
