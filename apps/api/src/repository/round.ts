import type {
  Application,
  CaseDecision,
  CaseState,
  RoundApplication,
  RoundAssessment,
} from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { currentDocumentOf } from './current-document.js';
import { CURRENT_RECORD } from './documents.js';

/** A submitted case of a round, with what the round reads of its application, assessment and decision. */
export interface RoundRow {
  id: string;
  caseNumber: string;
  state: CaseState;
  application: RoundApplication;
  assessment: RoundAssessment | null;
  decision: CaseDecision | null;
}

/** The current record of a type on case `a` (the one no later record supersedes), or `what` of it. */
const currentOf = (type: string, what = 'd.document') => `(select ${what} from case_documents d
  where d.application_id = a.id and d.document_type = '${type}' and ${CURRENT_RECORD}
  order by d.created_at desc limit 1)`;

interface FlatRow extends Omit<RoundRow, 'application'> {
  documentId: string;
  callId: string;
  authority: string;
  kind: Application['kind'];
  previousCaseNumber: string | null;
  measureName: string;
  applicantName: string;
  requestedGrant: number;
}

const authorityOf = (key: string): RoundApplication['addressee'] =>
  key === 'directorate'
    ? { kind: 'directorate' }
    : {
        kind: 'county-office',
        countyOfficeId: key.slice('county-office:'.length) as Extract<
          RoundApplication['addressee'],
          { kind: 'county-office' }
        >['countyOfficeId'],
      };

const roundApplicationOf = (r: FlatRow): RoundApplication => ({
  id: r.documentId,
  callId: r.callId,
  addressee: authorityOf(r.authority),
  kind: r.kind,
  ...(r.previousCaseNumber ? { continuation: { previousCaseNumber: r.previousCaseNumber } } : {}),
  measure: { name: r.measureName },
  applicant: { name: r.applicantName },
  requestedGrant: r.requestedGrant,
});

/**
 * Every submitted case of a call at the given authorities (`county-office:<id>`, `directorate`), read without the
 * application and assessment documents: the case row's columns, the current version's generated columns and the
 * assessment's stored facts (migration 011), so a round of 400 cases costs about what listing them does. One query,
 * one JSON value (PGlite decodes one value much faster than hundreds of rows).
 */
export async function roundRows(
  db: Queryable,
  callId: string,
  authorities: readonly string[],
): Promise<RoundRow[]> {
  const { rows } = await db.query<{ items: FlatRow[] }>(
    `select coalesce(json_agg(r), '[]'::json) as items from (
       select a.id, a.case_number as "caseNumber", a.state, a.call_id as "callId", a.authority,
         a.measure_name as "measureName", a.applicant_name as "applicantName", a.requested_grant as "requestedGrant",
         v.document_id as "documentId", v.kind, v.previous_case_number as "previousCaseNumber",
         ${currentOf('assessment', 'd.facts')} as assessment, ${currentOf('case-decision')} as decision
       from applications a join application_versions v on v.application_id = a.id and v.version = a.version
       where a.call_id = $1 and a.authority = any($2::text[]) and a.state <> 'draft') r`,
    [callId, authorities],
  );
  return (rows[0]?.items ?? []).map((r) => ({
    id: r.id,
    caseNumber: r.caseNumber,
    state: r.state,
    application: roundApplicationOf(r),
    assessment: r.assessment,
    decision: r.decision,
  }));
}

/** The cases of a call at the given authorities that were granted, with their applications whole (commitments read them). */
export async function grantedCases(
  db: Queryable,
  callId: string,
  authorities: readonly string[],
): Promise<{ application: Application; decision: CaseDecision }[]> {
  const { rows } = await db.query<{ items: { application: Application; decision: CaseDecision }[] }>(
    `select coalesce(json_agg(r), '[]'::json) as items from (
       select ${currentDocumentOf('a')} as application, g.decision from applications a,
         lateral (select ${currentOf('case-decision')} as decision) g
       where a.call_id = $1 and a.authority = any($2::text[]) and a.state <> 'draft'
         and g.decision->'outcome'->>'result' = 'granted') r`,
    [callId, authorities],
  );
  return rows[0]?.items ?? [];
}
