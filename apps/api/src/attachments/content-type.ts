import { ATTACHMENT_TYPES, type AttachmentMediaType } from '@sosialtilskudd/domain';
import { fileTypeFromBuffer } from 'file-type';

/** Enough of the start of a file for `file-type` to tell a Word or Excel file from any other ZIP. */
export const SAMPLE_BYTES = 64 * 1024;

const isAllowed = (mime: string): mime is AttachmentMediaType => Object.hasOwn(ATTACHMENT_TYPES, mime);

/**
 * The file's type by its content (magic numbers, and for Office and OpenDocument files the parts inside the
 * ZIP), never by its name or the type the browser claimed: one of the allowed types, or what it was instead.
 */
export async function detectAttachmentType(
  sample: Uint8Array,
): Promise<{ allowed: true; mediaType: AttachmentMediaType } | { allowed: false; detected?: string }> {
  const mime = (await fileTypeFromBuffer(sample))?.mime;
  return mime && isAllowed(mime)
    ? { allowed: true, mediaType: mime }
    : { allowed: false, ...(mime ? { detected: mime } : {}) };
}
