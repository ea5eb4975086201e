import { z } from 'zod';
import { FORMATS } from '../formats.js';
import { shortText } from '../primitives.js';

/**
 * The file types an attachment may be, judged by its content (not its name): documents and spreadsheets the
 * offices and county offices already exchange, and pictures of receipts. Names in bokmål and nynorsk alike.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'image/png': { name: 'PNG-bilde', extensions: ['png'] },
  'image/jpeg': { name: 'JPEG-bilde', extensions: ['jpg', 'jpeg'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    name: 'Excel-regneark (XLSX)',
    extensions: ['xlsx'],
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    name: 'Word-dokument (DOCX)',
    extensions: ['docx'],
  },
  'application/vnd.oasis.opendocument.text': { name: 'OpenDocument-tekst (ODT)', extensions: ['odt'] },
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as [
  AttachmentMediaType,
  ...AttachmentMediaType[],
];

/** 10 MB a file and 50 MB a document, in binary megabytes (what a file manager shows as «10 MB»). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES = 50 * 1024 * 1024;
export const MAX_ATTACHMENTS = 100;

/**
 * A file the document refers to. The bytes are stored by whoever holds the document (the API keeps them as
 * an attachment resource with a malware scan state); the document carries what identifies them, so a
 * signature over the document covers the files too.
 */
export const AttachmentReference = z
  .object({
    id: z
      .uuid()
      .max(36)
      .meta({ title: 'Vedleggets id', description: 'Id-en vedlegget fikk da det ble lastet opp' }),
    fileName: shortText({ title: 'Filnavn', description: 'Navnet filen hadde da den ble lastet opp' }),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES).meta({
      title: 'Filtype',
      description: 'Filtypen innholdet viser: PDF, PNG, JPEG, XLSX, DOCX eller ODT',
    }),
    size: z
      .int()
      .min(1)
      .max(MAX_ATTACHMENT_BYTES)
      .meta({ title: 'Størrelse (byte)', description: 'Filens størrelse; høyst 10 MB (10 485 760 byte)' }),
    sha256: z.string().regex(FORMATS.sha256.pattern).meta({
      title: 'Sjekksum',
      description: 'SHA-256 av filens innhold, 64 tegn 0–9 og a–f',
    }),
  })
  .strict()
  .meta({
    id: 'AttachmentReference',
    title: 'Vedlegg',
    description: 'En fil dokumentet viser til: navn, type, størrelse og sjekksum for innholdet',
  });
export type AttachmentReference = z.infer<typeof AttachmentReference>;

export const attachments = (description: string) =>
  z.array(AttachmentReference).max(MAX_ATTACHMENTS).meta({ title: 'Vedlegg', description });
