import type { EventData, EventJournal, EventParty } from '@sosialtilskudd/api-contract';
import { type AttachmentReference, type CaseState, countyOfficeName, osloDate } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import { APPLICANT_ROLES } from '../auth/principal.js';
import type { ApplicationRow } from '../repository/rows.js';
import { eventTypeOf } from './event-types.js';

/** An organisation that sends or receives a document, as an archive journals it. */
export type Party = z.output<typeof EventParty>;

/** What an archive needs to journal the document the event is about (journalpost). */
export type Journal = z.output<typeof EventJournal>;

/** The event's `data`, as stored; the case number is added when it is read (it may be given by the same statement). */
export type StoredEventData = Omit<z.output<typeof EventData>, 'caseNumber'>;

/** An event to be written with its change. */
export interface PendingEvent {
  id: string;
  type: string;
  data: StoredEventData;
}

const DIRECTORATE = 'Arbeids- og velferdsdirektoratet';

/** The county office (by its name on `date`) or the directorate that handles a case. */
export function authorityParty(authority: string, date: string): Party {
  if (authority === 'directorate') return { kind: 'directorate', name: DIRECTORATE };
  const countyOfficeId = authority.slice('county-office:'.length);
  return {
    kind: 'county-office',
    countyOfficeId,
    name: countyOfficeName(countyOfficeId as Parameters<typeof countyOfficeName>[0], date) ?? countyOfficeId,
  };
}

/** The documents an archive journals, by the action that files them: title, and whether the office sent it. */
const JOURNALED: Record<string, { title: string; direction: Journal['direction'] }> = {
  submit: { title: 'Søknad om tilskudd', direction: 'incoming' },
  correction: { title: 'Rettet søknad om tilskudd', direction: 'incoming' },
  'grant-letter': { title: 'Tilskuddsbrev', direction: 'outgoing' },
  'rejection-letter': { title: 'Avslagsbrev', direction: 'outgoing' },
  accept: { title: 'Bekreftelse av tilskudd', direction: 'incoming' },
  report: { title: 'Statusrapport med regnskap', direction: 'incoming' },
  reportFinal: { title: 'Sluttrapport', direction: 'incoming' },
  'transfer-request': { title: 'Søknad om overføring av ubrukte midler', direction: 'incoming' },
  'transfer-decision': { title: 'Svar på søknad om overføring', direction: 'outgoing' },
  claimRepayment: { title: 'Krav om tilbakebetaling', direction: 'outgoing' },
};

/** A message is journaled as the letter it is: in to the authority from the applicant's side, else out to it. */
const messageJournal = (actorRole: string): { title: string; direction: Journal['direction'] } => ({
  title: 'Melding i saken',
  direction: (APPLICANT_ROLES as readonly string[]).includes(actorRole) ? 'incoming' : 'outgoing',
});

type Detail = Record<string, unknown> | null;

/** The files a message was sent with (its audit detail's references), each with where it is fetched. */
function messageFileLinks(applicationId: string, detail: Detail): Journal['attachments'] {
  const references = (detail?.attachments ?? []) as AttachmentReference[];
  return references.map((r) => ({
    ...r,
    href: `/v1/applications/${applicationId}/messages/attachments/${r.id}/content`,
  }));
}

/** The document the change filed, with where an authorised reader fetches it. */
function documentOf(app: ApplicationRow, action: string, detail: Detail): StoredEventData['document'] {
  const base = `/v1/applications/${app.id}`;
  if (action === 'submit' || action === 'correction')
    return { id: app.document.id, documentType: 'application', href: `${base}/versions` };
  const id = detail?.letterId ?? detail?.documentId ?? detail?.decisionId;
  if (typeof id !== 'string') return undefined;
  if (action === 'message') return { id, documentType: 'message', href: `${base}/messages` };
  if (action === 'letter')
    return { id, documentType: String(detail?.documentType), href: `${base}/letter/pdf` };
  const documentType = typeof detail?.documentType === 'string' ? detail.documentType : 'case-decision';
  return { id, documentType, href: `${base}/documents` };
}

export interface ChangeFacts {
  app: ApplicationRow;
  action: string;
  detail: Detail;
  fromState: CaseState | null;
  toState: CaseState | null;
  actorRole: string;
  at: Date;
}

/** The event of one audited change: what happened to which case, and for a filed document, how to journal it. */
export function caseEvent(facts: ChangeFacts, id: string): PendingEvent {
  const { app, action, detail, at } = facts;
  const date = osloDate(at);
  const office: Party = {
    kind: 'nav-office',
    name: app.document.applicant.name,
    organisationNumber: app.organisationNumber,
  };
  const authority = authorityParty(app.authority, date);
  const document = documentOf(app, action, detail);
  const journaled =
    action === 'message'
      ? messageJournal(facts.actorRole)
      : JOURNALED[action === 'letter' ? String(detail?.documentType) : action];
  return {
    id,
    type: eventTypeOf(action),
    data: {
      applicationId: app.id,
      callId: app.callId,
      organisationNumber: app.organisationNumber,
      applicantName: app.document.applicant.name,
      measureName: app.document.measure.name,
      authority,
      action,
      fromState: facts.fromState,
      toState: facts.toState,
      actorRole: facts.actorRole,
      ...(document ? { document } : {}),
      ...(journaled && document
        ? {
            journal: {
              title: `${journaled.title}: ${app.document.measure.name}`,
              date,
              direction: journaled.direction,
              sender: journaled.direction === 'incoming' ? office : authority,
              recipient: journaled.direction === 'incoming' ? authority : office,
              documentHref: document.href,
              ...(action === 'message' ? { attachments: messageFileLinks(app.id, detail) } : {}),
            },
          }
        : {}),
    },
  };
}
