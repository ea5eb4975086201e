import { z } from 'zod';
import { CaseState } from '../common.js';
import { Application } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { ApplicationCase, ApplicationList, ApplicationVersion } from '../resources.js';
import {
  applicationPath,
  etagHeader,
  idempotencyHeader,
  pdfAnswer,
  pdfLanguageQuery,
  READ,
  replayedHeader,
  WRITE,
} from './parameters.js';

const draft = { description: 'Utkastet', content: ApplicationCase, headers: etagHeader };
const changed = { description: 'Saken etter endringen', content: ApplicationCase, headers: etagHeader };

/** The Nav office's applications: drafts, submission, withdrawal and corrections (§ 7). */
export const APPLICATION_OPERATIONS = {
  listApplications: operation({
    method: 'get',
    path: '/v1/applications',
    tag: 'Søknader',
    summary: 'Søknadene brukeren kan se',
    description:
      'Nav-kontoret ser sine egne, statsforvalteren innsendte søknader til eget embete, direktoratet alle ' +
      'innsendte; et utkast blir hos Nav-kontoret til det er sendt inn. ' +
      'Nyeste endring først, side for side med nextCursor: en sak som endres mens du blar, flyttes først i ' +
      'lista og kommer med neste gang du henter første side; ingen sak kommer to ganger.',
    security: 'bearer',
    query: z.object({
      state: CaseState.optional(),
      callId: z.string().max(64).optional(),
      limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: 'Standard 50' }),
      cursor: z
        .string()
        .max(200)
        .optional()
        .meta({ description: 'nextCursor fra forrige side, uendret; uten cursor første side' }),
    }),
    responses: { 200: { description: 'Én side', content: ApplicationList } },
    problems: READ,
  }),
  createApplication: operation({
    method: 'post',
    path: '/v1/applications',
    tag: 'Søknader',
    summary: 'Opprett et utkast',
    description:
      'Bare Nav-kontoret som er søker. Utkastet må følge skjemaet; regelbrudd er tillatt i et utkast og stoppes ved innsending.',
    security: 'bearer',
    body: documentBody(Application, 'application'),
    responses: { 201: draft },
    problems: [400, 401, 403, 413, 415, 422],
  }),
  getApplication: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}',
    tag: 'Søknader',
    summary: 'Én søknad med saksstatus',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Søknaden', content: ApplicationCase, headers: etagHeader } },
    problems: READ,
  }),
  updateApplication: operation({
    method: 'put',
    path: '/v1/applications/{applicationId}',
    tag: 'Søknader',
    summary: 'Endre et utkast',
    description: 'Krever If-Match med utkastets ETag; en annen ETag gir 412. Innsendte søknader endres ikke.',
    security: 'bearer',
    params: applicationPath,
    headers: z.object({ 'If-Match': z.string().max(100) }),
    body: documentBody(Application, 'application'),
    responses: { 200: draft },
    problems: [...WRITE, 412, 428],
  }),
  submitApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/submit',
    tag: 'Søknader',
    summary: 'Send inn',
    description: 'Kontrollerer med full kontekst og setter submittedAt (§ 7).',
    security: 'bearer',
    params: applicationPath,
    headers: idempotencyHeader,
    responses: {
      200: {
        description: 'Den innsendte søknaden',
        content: ApplicationCase,
        headers: etagHeader.extend(replayedHeader.shape),
      },
    },
    problems: WRITE,
  }),
  withdrawApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/withdraw',
    tag: 'Søknader',
    summary: 'Trekk søknaden',
    description: 'Nav-kontoret trekker et utkast eller en innsendt søknad.',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: changed },
    problems: WRITE,
  }),
  correctApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/corrections',
    tag: 'Søknader',
    summary: 'Send inn en rettet versjon',
    description: 'En innsendt søknad endres aldri; en retting før vedtak blir en ny versjon med historikk.',
    security: 'bearer',
    params: applicationPath,
    body: documentBody(Application, 'application'),
    responses: { 200: changed },
    problems: WRITE,
  }),
  listApplicationVersions: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/versions',
    tag: 'Søknader',
    summary: 'Alle innsendte versjoner',
    security: 'bearer',
    params: applicationPath,
    responses: {
      200: { description: 'Versjonene', content: z.object({ items: z.array(ApplicationVersion) }) },
    },
    problems: READ,
  }),
  getApplicationPdf: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/pdf',
    tag: 'Søknader',
    summary: 'Søknaden som PDF',
    description:
      'En kopi av søknaden slik den ble sendt inn (siste versjon), med saksnummer, tidspunktet den kom inn og ' +
      'underskriftene. 409 for et utkast som ikke er sendt inn.',
    security: 'bearer',
    params: applicationPath,
    query: pdfLanguageQuery,
    responses: { 200: pdfAnswer('kopien') },
    problems: [...READ, 409],
  }),
};
