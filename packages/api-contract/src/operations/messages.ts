import { AttachmentReference } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { Actor, Id, Instant } from '../common.js';
import { operation } from '../operation.js';
import { Attachment } from '../resources.js';
import { attachmentPath, fileBody, fileContent, fileName } from './attachments.js';
import { applicationPath, READ, WRITE } from './parameters.js';

/** How many files one message carries. */
export const MAX_MESSAGE_ATTACHMENTS = 20;

/**
 * A file uploaded for a message: the same file resource as a document's, scanned the same way. A schema of its
 * own (not a fourth `AttachmentDocumentType`) so a client built on `Attachment` never meets a value it does not know.
 */
export const MessageAttachment = Attachment.extend({
  documentType: z.literal('message'),
  locked: z.boolean().meta({
    description: 'true når filen er sendt med en melding: den kan da verken slettes eller byttes',
  }),
}).meta({ id: 'MessageAttachment', title: 'Vedlegg til en melding' });

export const NewCaseMessage = z
  .object({
    body: z.string().trim().min(1).max(5000).meta({ description: 'Meldingen, som ren tekst' }),
    attachments: z.array(AttachmentReference).max(MAX_MESSAGE_ATTACHMENTS).optional().meta({
      description:
        'Filer lastet opp til meldinger i saken av avsenderens side (`reference` fra opplastingen), ferdig skannet',
    }),
  })
  .meta({ id: 'NewCaseMessage' });

export const CaseMessage = z
  .object({
    id: Id,
    from: z.enum(['applicant', 'handler']).meta({
      description: 'applicant: Nav-kontoret; handler: statsforvalteren (direktoratet for nasjonale forsøk)',
    }),
    author: Actor,
    body: z.string(),
    sentAt: Instant,
    attachments: z.array(MessageAttachment).meta({ description: 'Filene meldingen ble sendt med' }),
  })
  .meta({ id: 'CaseMessage', title: 'Melding i saken' });

const messageFile = { description: 'Vedlegget', content: MessageAttachment };

/** Messages on a case: the county office asks for more, the Nav office answers, either with files. */
export const MESSAGE_OPERATIONS = {
  listCaseMessages: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/messages',
    tag: 'Saksbehandling',
    summary: 'Meldingene i saken, eldste først',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Meldingene', content: z.object({ items: z.array(CaseMessage) }) } },
    problems: READ,
  }),
  sendCaseMessage: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/messages',
    tag: 'Saksbehandling',
    summary: 'Send en melding i saken',
    description:
      'Nav-kontoret som har søkt, eller statsforvalteren som behandler saken, etter at søknaden er sendt inn. Vedlegg lastes opp først (POST …/messages/attachments) og må være ferdig skannet (409 ATTACHMENT_SCAN_PENDING, ATTACHMENT_INFECTED); en referanse til en fil som ikke er avsenderens meldingsvedlegg i saken eller ikke stemmer med den lagrede, gir 422 ATTACHMENT_UNKNOWN eller ATTACHMENT_MISMATCH ved feltet. Meldingen står i revisjonsloggen og er en hendelse (med vedleggenes lenker i journal.attachments); Nav-kontoret får e-postvarsel om en ny melding fra statsforvalteren.',
    security: 'bearer',
    params: applicationPath,
    body: NewCaseMessage,
    responses: { 201: { description: 'Meldingen', content: CaseMessage } },
    problems: [400, 401, 403, 404, 409, 413, 415, 422],
  }),
  uploadMessageAttachment: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/messages/attachments',
    tag: 'Vedlegg',
    summary: 'Last opp et vedlegg til en melding',
    description:
      'Den som kan skrive meldinger i saken (Nav-kontoret som har søkt, statsforvalteren som behandler den), etter at søknaden er sendt inn. Samme regler som andre vedlegg: typen etter innholdet (415), høyst 10 MB per fil og 50 MB som ikke er sendt ennå (413), skanning. Bare avsenderens side ser filen før den er sendt med en melding; deretter alle som ser saken.',
    security: 'bearer',
    params: applicationPath,
    query: z.object({ fileName }),
    body: fileBody,
    responses: { 201: { description: 'Lagret', content: MessageAttachment } },
    problems: [400, 401, 403, 404, 409, 413, 415],
  }),
  getMessageAttachment: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/messages/attachments/{attachmentId}',
    tag: 'Vedlegg',
    summary: 'Ett vedlegg til en melding, med skanningen',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: messageFile },
    problems: READ,
  }),
  downloadMessageAttachment: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/messages/attachments/{attachmentId}/content',
    tag: 'Vedlegg',
    summary: 'Last ned et vedlegg til en melding',
    description:
      'Som for andre vedlegg: Content-Disposition: attachment, nosniff, 409 mens filen venter på skanning eller når den er infisert.',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: fileContent },
    problems: [401, 403, 404, 409],
  }),
  deleteMessageAttachment: operation({
    method: 'delete',
    path: '/v1/applications/{applicationId}/messages/attachments/{attachmentId}',
    tag: 'Vedlegg',
    summary: 'Slett et vedlegg som ikke er sendt',
    description: 'Avsenderens side, før filen er sendt med en melding (ellers 409 ATTACHMENT_LOCKED).',
    security: 'bearer',
    params: attachmentPath,
    responses: { 200: messageFile },
    problems: WRITE,
  }),
};
