import type { Schemas } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';

export interface CaseData {
  application: Schemas['ApplicationCase'];
  documents: Schemas['CaseFile'];
  accounts: Schemas['MeasureAccounts'];
  messages: Schemas['CaseMessage'][];
  /** The files of the case this person may see (the county office: those a submitted document holds). */
  attachments: Schemas['Attachment'][];
  /** A draft's saves, newest first (who changed which fields, when); empty once it is submitted. */
  revisions: Schemas['DraftRevision'][];
}

/**
 * Everything a case page shows, in parallel: the case, its documents, budget against accounts, messages, files,
 * and a draft's saves (asked for only while it is one, as the case answers).
 */
export async function loadCase(applicationId: string): Promise<CaseData> {
  const path = { params: { path: { applicationId } } };
  const [application, documents, accounts, messages, attachments] = await Promise.all([
    api.GET('/v1/applications/{applicationId}', path),
    api.GET('/v1/applications/{applicationId}/documents', path),
    api.GET('/v1/applications/{applicationId}/budget-vs-accounts', path),
    api.GET('/v1/applications/{applicationId}/messages', path),
    api.GET('/v1/applications/{applicationId}/attachments', path),
  ]);
  const revisions =
    application.state === 'draft'
      ? (await api.GET('/v1/applications/{applicationId}/revisions', path)).items
      : [];
  return {
    application,
    documents,
    accounts,
    messages: messages.items,
    attachments: attachments.items,
    revisions,
  };
}

/** What a page that acts on a case was told by the previous one («Bekreftelsen er sendt»). */
export type SavedKind =
  | 'acceptance'
  | 'status-report'
  | 'final-report'
  | 'transfer-request'
  | 'decision'
  | 'letter'
  | 'payment'
  | 'approval'
  | 'return'
  | 'transfer-decision'
  | 'assessment';

export function savedKindOf(state: unknown): SavedKind | undefined {
  const saved = (state as { saved?: unknown } | null)?.saved;
  return typeof saved === 'string' ? (saved as SavedKind) : undefined;
}
