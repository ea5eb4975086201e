import type { Schemas } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';

export interface CaseData {
  application: Schemas['ApplicationCase'];
  documents: Schemas['CaseFile'];
  accounts: Schemas['MeasureAccounts'];
  messages: Schemas['CaseMessage'][];
}

/** Everything a case page shows, in parallel: the case, its documents, budget against accounts, messages. */
export async function loadCase(applicationId: string): Promise<CaseData> {
  const path = { params: { path: { applicationId } } };
  const [application, documents, accounts, messages] = await Promise.all([
    api.GET('/v1/applications/{applicationId}', path),
    api.GET('/v1/applications/{applicationId}/documents', path),
    api.GET('/v1/applications/{applicationId}/budget-vs-accounts', path),
    api.GET('/v1/applications/{applicationId}/messages', path),
  ]);
  return { application, documents, accounts, messages: messages.items };
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
  | 'transfer-decision';

export function savedKindOf(state: unknown): SavedKind | undefined {
  const saved = (state as { saved?: unknown } | null)?.saved;
  return typeof saved === 'string' ? (saved as SavedKind) : undefined;
}
