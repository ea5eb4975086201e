import { z } from 'zod';
import { CallDoc, Extension, ExtensionRecord, PublicExtension } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import {
  CountyOfficeInfo,
  MunicipalityInfo,
  NavOfficeInfo,
  ValidationRequest,
  ValidationResult,
} from '../resources.js';
import { callPath, PUBLIC, READ } from './parameters.js';

/** What anyone may read or check without a token, and the extensions recorded on a call. */
export const PUBLIC_OPERATIONS = {
  health: operation({
    method: 'get',
    path: '/health',
    tag: 'Drift',
    summary: 'Tjeneren svarer',
    security: 'none',
    rateLimit: 'unlimited',
    responses: { 200: { description: 'OK', content: z.object({ status: z.literal('ok') }) } },
    problems: [],
  }),
  getOpenApiDocument: operation({
    method: 'get',
    path: '/openapi.json',
    tag: 'Drift',
    summary: 'Dette dokumentet',
    description:
      'Kontrakten som tjeneren oppfyller, for verktøy som leser den herfra (Swagger UI, Scalar, kodegeneratorer). I produksjon uten operasjonene som bare finnes i utvikling.',
    security: 'none',
    responses: {
      200: {
        description: 'OpenAPI 3.1-dokumentet',
        content: z.record(z.string(), z.unknown()).meta({ description: 'OpenAPI 3.1' }),
      },
    },
    problems: [],
  }),
  listCalls: operation({
    method: 'get',
    path: '/v1/calls',
    tag: 'Referansedata',
    summary: 'Alle utlysninger',
    security: 'none',
    responses: { 200: { description: 'Utlysningene', content: z.object({ items: z.array(CallDoc) }) } },
    problems: PUBLIC,
  }),
  getCall: operation({
    method: 'get',
    path: '/v1/calls/{callId}',
    tag: 'Referansedata',
    summary: 'Én utlysning',
    security: 'none',
    params: callPath,
    responses: { 200: { description: 'Utlysningen', content: CallDoc } },
    problems: [400, 404],
  }),
  listDeadlineExtensions: operation({
    method: 'get',
    path: '/v1/calls/{callId}/extensions',
    tag: 'Referansedata',
    summary: 'Registrerte utsettelser av søknadsfristen',
    description:
      'Det en søker trenger: den nye fristen og hvem den gjelder. Hvem som registrerte den og hvorfor, får statsforvalterne og direktoratet i GET /v1/calls/{callId}/extensions/records.',
    security: 'none',
    params: callPath,
    responses: {
      200: { description: 'Utsettelsene', content: z.object({ items: z.array(PublicExtension) }) },
    },
    problems: [400, 404],
  }),
  listDeadlineExtensionRecords: operation({
    method: 'get',
    path: '/v1/calls/{callId}/extensions/records',
    tag: 'Saksbehandling',
    summary: 'Utsettelsene med begrunnelse og hvem som registrerte dem',
    description: 'For statsforvalterne og direktoratet; Nav-kontorene får 403.',
    security: 'bearer',
    params: callPath,
    responses: {
      200: { description: 'Utsettelsene', content: z.object({ items: z.array(ExtensionRecord) }) },
    },
    problems: READ,
  }),
  recordDeadlineExtension: operation({
    method: 'post',
    path: '/v1/calls/{callId}/extensions',
    tag: 'Saksbehandling',
    summary: 'Registrer utsatt søknadsfrist',
    description:
      'Statsforvalteren for egne søkere, direktoratet for nasjonale forsøk. Søknader sendt innen den utsatte fristen er i tide. Én søker utenfor statsforvalterens område: 422 EXTENSION_OUTSIDE_AREA.',
    security: 'bearer',
    params: callPath,
    body: documentBody(Extension, 'deadline-extension'),
    responses: { 201: { description: 'Utsettelsen', content: ExtensionRecord } },
    problems: [400, 401, 403, 404, 413, 415, 422],
  }),
  listCountyOffices: operation({
    method: 'get',
    path: '/v1/reference/county-offices',
    tag: 'Referansedata',
    summary: 'Statsforvalterne, med navn og fylker i dag',
    security: 'none',
    responses: {
      200: { description: 'Embetene', content: z.object({ items: z.array(CountyOfficeInfo) }) },
    },
    problems: PUBLIC,
  }),
  listNavOffices: operation({
    method: 'get',
    path: '/v1/reference/nav-offices',
    tag: 'Referansedata',
    summary: 'Nav-kontorene tjenesten kjenner',
    security: 'none',
    responses: {
      200: { description: 'Nav-kontorene', content: z.object({ items: z.array(NavOfficeInfo) }) },
    },
    problems: PUBLIC,
  }),
  listMunicipalities: operation({
    method: 'get',
    path: '/v1/reference/municipalities',
    tag: 'Referansedata',
    summary: 'Kommunene (SSB klassifikasjon 131, fra 2024)',
    security: 'none',
    responses: {
      200: { description: 'Kommunene', content: z.object({ items: z.array(MunicipalityInfo) }) },
    },
    problems: PUBLIC,
  }),
  validateDocument: operation({
    method: 'post',
    path: '/v1/validations',
    tag: 'Kontroll',
    summary: 'Kontroller et dokument mot skjema og regler uten å lagre det',
    description: 'Gir de samme kodene og stiene som @sosialtilskudd/domain og de gylne eksemplene.',
    security: 'none',
    body: ValidationRequest,
    responses: { 200: { description: 'Resultatet', content: ValidationResult } },
    problems: [400, 413, 415, 422],
  }),
};
