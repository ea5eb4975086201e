import { ContactPerson } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { operation } from '../operation.js';
import {
  ApplicationCase,
  DraftRevision,
  DraftRevisionWithDocument,
  ParkedRevision,
  Signing,
} from '../resources.js';
import { applicationPath, etagHeader, READ, WRITE } from './parameters.js';

/** The signers (§ 7) a sign-off request notifies by e-mail. */
export const NOTIFIED_SIGNER_ROLES = ['nav-office-head', 'municipal-executive'] as const;

export const SigningRequest = z
  .object({
    notify: z
      .array(
        z
          .object({
            role: z.enum(NOTIFIED_SIGNER_ROLES).meta({
              description: 'nav-office-head: Nav-lederen; municipal-executive: kommunedirektøren/rådmannen',
            }),
            email: ContactPerson.shape.email.meta({
              title: 'E-post',
              description: 'Adressen varselet om signeringen sendes til',
            }),
          })
          .strict(),
      )
      .max(NOTIFIED_SIGNER_ROLES.length)
      .optional()
      .meta({
        description:
          'Hvem som får e-post om at søknaden venter på signaturen deres, høyst én adresse per rolle (ellers 422 SIGNING_NOTICE_ROLE_TWICE). Varselet sier kontorets og tiltakets navn og lenker til søknaden i portalen; det sendes én gang per runde, og en ny forespørsel etter at utkastet er åpnet for endring, varsler igjen.',
      }),
  })
  .strict()
  .meta({ id: 'SigningRequest', title: 'Send til signering' });

const signed = { description: 'Søknaden med signeringen', content: ApplicationCase, headers: etagHeader };

/** The sign-off of an application (§ 7) and the history of its draft: who changed what, and when. */
export const SIGNING_OPERATIONS = {
  requestSigning: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/signing',
    tag: 'Signering',
    summary: 'Send utkastet til signering',
    description:
      'Nav-kontoret, når utkastet er ferdig: det kontrolleres med alle regler, låses (PUT gir 409 DRAFT_LOCKED) og venter på signaturene fra Nav-lederen og kommunedirektøren/rådmannen (§ 7). If-Match med utkastets ETag, så det som sendes er det personen har sett.',
    security: 'bearer',
    params: applicationPath,
    headers: z.object({ 'If-Match': z.string().max(100) }),
    // Optional, so a client built before it still sends none.
    body: SigningRequest.optional(),
    responses: { 200: signed },
    problems: [...WRITE, 412, 428],
  }),
  cancelSigning: operation({
    method: 'delete',
    path: '/v1/applications/{applicationId}/signing',
    tag: 'Signering',
    summary: 'Åpne utkastet for endring igjen',
    description:
      'Nav-kontoret eller en som skal signere: låsen oppheves og signaturene som er gitt, faller bort (de gjaldt innholdet slik det var). Hendelsen og signaturene som falt bort, står i revisjonsloggen.',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: signed },
    problems: WRITE,
  }),
  signApplication: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/signatures',
    tag: 'Signering',
    summary: 'Signer søknaden',
    description:
      'Nav-lederen eller kommunedirektøren/rådmannen, hver én gang, mens utkastet venter på signering. Signaturen registrerer hvem (fra innloggingen), rollen, virksomheten, tidspunktet og SHA-256 av innholdet; den gis bare når documentSha256 er innholdet slik det er nå (ellers 409 DOCUMENT_CHANGED).',
    security: 'bearer',
    params: applicationPath,
    body: Signing,
    responses: { 201: signed },
    problems: WRITE,
  }),
  listDraftRevisions: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/revisions',
    tag: 'Signering',
    summary: 'Hvem endret hva, og når',
    description:
      'Hver lagring av utkastet, nyeste først: hvem, når og hvilke felt (JSON Pointer). Også versjoner som ble valgt bort da to lagret samtidig (applied: false).',
    security: 'bearer',
    params: applicationPath,
    responses: { 200: { description: 'Lagringene', content: z.object({ items: z.array(DraftRevision) }) } },
    problems: READ,
  }),
  getDraftRevision: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/revisions/{revisionId}',
    tag: 'Signering',
    summary: 'Én lagret versjon av utkastet',
    security: 'bearer',
    params: z.object({
      applicationId: applicationPath.shape.applicationId,
      revisionId: z.coerce.number().int().min(1).max(2_147_483_647),
    }),
    responses: { 200: { description: 'Versjonen', content: DraftRevisionWithDocument } },
    problems: READ,
  }),
  keepDraftRevision: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/revisions',
    tag: 'Signering',
    summary: 'Ta vare på en versjon som ikke ble lagret',
    description:
      'Når to lagret samtidig og personen velger den andres versjon, tas deres egen vare på her (applied: false), så ingenting går tapt. Den må følge skjemaet.',
    security: 'bearer',
    params: applicationPath,
    body: ParkedRevision,
    responses: { 201: { description: 'Tatt vare på', content: DraftRevision } },
    problems: WRITE,
  }),
};
