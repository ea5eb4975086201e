import { z } from 'zod';
import { Actor, Id, Instant } from '../common.js';
import { operation } from '../operation.js';
import { applicationPath, READ } from './parameters.js';

export const NewCaseMessage = z
  .object({
    body: z.string().trim().min(1).max(5000).meta({ description: 'Meldingen, som ren tekst' }),
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
  })
  .meta({ id: 'CaseMessage', title: 'Melding i saken' });

/** Messages on a case: the county office asks for more, the Nav office answers. */
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
      'Nav-kontoret som har søkt, eller statsforvalteren som behandler saken, etter at søknaden er sendt inn. Meldingen står i revisjonsloggen og er en hendelse; Nav-kontoret får e-postvarsel om en ny melding fra statsforvalteren.',
    security: 'bearer',
    params: applicationPath,
    body: NewCaseMessage,
    responses: { 201: { description: 'Meldingen', content: CaseMessage } },
    problems: [400, 401, 403, 404, 409, 413, 415, 422],
  }),
};
