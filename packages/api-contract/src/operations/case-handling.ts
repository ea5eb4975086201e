import { z } from 'zod';
import { Letter, LetterRecord } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { ApplicationCase, Assignment, AuditEvent } from '../resources.js';
import { applicationPath, etagHeader, pdfAnswer, pdfLanguageQuery, READ, WRITE } from './parameters.js';

const changed = { description: 'Saken etter endringen', content: ApplicationCase, headers: etagHeader };

/** The county office's (or, for national trials, the directorate's) handling: assign, write the letter, lapse, close. */
export const CASE_HANDLING_OPERATIONS = {
  assignApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/assignment',
    tag: 'Saksbehandling',
    summary: 'Tildel saksbehandler',
    description: 'Statsforvalteren (eller direktoratet for nasjonale forsøk).',
    security: 'bearer',
    params: applicationPath,
    body: Assignment,
    responses: { 200: changed },
    problems: WRITE,
  }),
  lapseGrant: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/lapse',
    tag: 'Saksbehandling',
    summary: 'Tilskuddet bortfaller (§ 13)',
    description: 'Statsforvalteren, når mottakeren bryter regelverket eller vilkårene i tilskuddsbrevet.',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: changed },
    problems: WRITE,
  }),
  closeCase: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/close',
    tag: 'Saksbehandling',
    summary: 'Avslutt saken (§ 11)',
    description: 'Statsforvalteren, når rapporteringen er godkjent.',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: changed },
    problems: WRITE,
  }),
  getLetter: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/letter',
    tag: 'Saksbehandling',
    summary: 'Tilskuddsbrevet eller avslagsbrevet',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Brevet', content: LetterRecord } },
    problems: READ,
  }),
  issueLetter: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/letter',
    tag: 'Saksbehandling',
    summary: 'Utsted brevet',
    description: 'Tilskuddsbrev etter innvilgelse, avslagsbrev etter avslag; begge med § 9-erklæringen.',
    security: 'bearer',
    params: applicationPath,
    body: documentBody(Letter, 'grant-letter', 'rejection-letter'),
    responses: { 201: { description: 'Brevet', content: LetterRecord } },
    problems: WRITE,
  }),
  getLetterPdf: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/letter/pdf',
    tag: 'Saksbehandling',
    summary: 'Brevet som PDF',
    description: 'Tilskuddsbrevet med bekreftelsesskjemaet, eller avslagsbrevet med § 9-erklæringen.',
    security: 'bearer',
    params: applicationPath,
    query: pdfLanguageQuery,
    responses: { 200: pdfAnswer('brevet') },
    problems: [...READ, 409],
  }),
  getAuditLog: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/audit',
    tag: 'Saksbehandling',
    summary: 'Revisjonsloggen for saken',
    description: 'Statsforvalteren og direktoratet.',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Hendelsene', content: z.object({ items: z.array(AuditEvent) }) } },
    problems: READ,
  }),
};
