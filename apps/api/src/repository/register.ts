import type { Application, CaseDecision, CaseState } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { CURRENT_DOCUMENT } from './applications.js';
import { CURRENT_RECORD } from './documents.js';

/**
 * The cases the public register shows: granted and on from there. A lapsed grant (§ 13) is left out: it is not a
 * measure that runs or ran. Drafts, submitted, rejected and withdrawn cases are never read.
 */
export const REGISTERED_STATES: readonly CaseState[] = [
  'granted',
  'accepted',
  'paid',
  'reported',
  'final-reported',
  'repayment-claimed',
  'closed',
];

export interface RegisteredCase {
  id: string;
  state: CaseState;
  caseNumber: string | null;
  authority: string;
  updatedAt: Date;
  document: Application;
  decision: CaseDecision;
  finalReportSummary: string | null;
}

const latest = (type: string, what: string) => `(select ${what} from case_documents d
  where d.application_id = a.id and d.document_type = '${type}' and ${CURRENT_RECORD}
  order by d.created_at desc, d.id desc limit 1)`;

/** Every registered case with its current application, its decision and its final report's summary: one query. */
export async function listRegisteredCases(db: Queryable): Promise<RegisteredCase[]> {
  const { rows } = await db.query<RegisteredCase>(
    `select id, state, case_number as "caseNumber", authority, updated_at as "updatedAt", ${CURRENT_DOCUMENT},
       ${latest('case-decision', 'd.document')} as decision,
       ${latest('final-report', "d.document->>'summary'")} as "finalReportSummary"
     from applications a
     where state = any($1::text[])`,
    [[...REGISTERED_STATES]],
  );
  return rows;
}
