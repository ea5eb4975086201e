import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { binaryBody, operation } from '../operation.js';
import { Attachment, AttachmentDocumentType } from '../resources.js';
import { applicationPath, idParam, READ, WRITE } from './parameters.js';

export const attachmentPath = z.object({ applicationId: idParam, attachmentId: idParam });

export const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/\S/)
  .meta({ description: 'Filens navn slik personen kjenner den' });

/** A file's bytes as sent: never opened by the browser as a page. */
export const fileContent = {
  description: 'Filen',
  content: { mediaType: ATTACHMENT_MEDIA_TYPES },
  headers: z.object({
    'Content-Type': z.enum(ATTACHMENT_MEDIA_TYPES),
    'Content-Disposition': z.string(),
    'X-Content-Type-Options': z.literal('nosniff'),
    'Content-Length': z.string(),
  }),
};

/** The uploaded file, unchanged: its type is judged by its content. */
export const fileBody = binaryBody('Filen, uendret', MAX_ATTACHMENT_BYTES);

/** Files on an application and on the reports' accounts (seed 003): uploaded, scanned, downloaded, deleted. */
export const ATTACHMENT_OPERATIONS = {
  uploadAttachment: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/attachments',
    tag: 'Vedlegg',
    summary: 'Last opp et vedlegg',
    description:
      'Nav-kontoret. Filens bytes er innholdet (hvilken Content-Type som helst): typen bedømmes etter innholdet (PDF, PNG, JPEG, XLSX, DOCX, ODT; ellers 415 ATTACHMENT_TYPE_NOT_ALLOWED), høyst 10 MB per fil (413 ATTACHMENT_TOO_LARGE) og 50 MB til ett dokument (413 ATTACHMENTS_TOO_LARGE); en tom fil er 400 ATTACHMENT_EMPTY. Med skanner er scan.state «pending» til skanningen er ferdig. Legg `reference` i dokumentets attachments (søknaden, eller regnskapet i en rapport).',
    security: 'bearer',
    params: applicationPath,
    query: z.object({ for: AttachmentDocumentType, fileName }),
    body: fileBody,
    responses: { 201: { description: 'Lagret', content: Attachment } },
    problems: [400, 401, 403, 404, 409, 413, 415],
  }),
  listAttachments: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/attachments',
    tag: 'Vedlegg',
    summary: 'Vedleggene i saken',
    description:
      'Søkeren ser alle; statsforvalteren og direktoratet bare dem et innsendt dokument viser til (locked).',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Vedleggene', content: z.object({ items: z.array(Attachment) }) } },
    problems: READ,
  }),
  getAttachment: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/attachments/{attachmentId}',
    tag: 'Vedlegg',
    summary: 'Ett vedlegg, med skanningen',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: { description: 'Vedlegget', content: Attachment } },
    problems: READ,
  }),
  downloadAttachment: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/attachments/{attachmentId}/content',
    tag: 'Vedlegg',
    summary: 'Last ned filen',
    description:
      'Med Content-Disposition: attachment og X-Content-Type-Options: nosniff, så nettleseren aldri åpner den som en side. Samme tilgang som dokumentet; statsforvalterens nedlastinger står i revisjonsloggen. En fil som venter på skanning eller er infisert, lastes ikke ned (409).',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: fileContent },
    problems: [401, 403, 404, 409],
  }),
  deleteAttachment: operation({
    method: 'delete',
    path: '/v1/applications/{applicationId}/attachments/{attachmentId}',
    tag: 'Vedlegg',
    summary: 'Slett et vedlegg',
    description:
      'Nav-kontoret, så lenge ingen innsendt søknad eller rapport viser til filen (ellers 409 ATTACHMENT_LOCKED) og utkastet ikke lenger viser til den (409 ATTACHMENT_IN_USE: fjern den fra dokumentet først). Slettingen står i revisjonsloggen.',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: { description: 'Vedlegget som ble slettet', content: Attachment } },
    problems: WRITE,
  }),
};
