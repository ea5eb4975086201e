import { type Application, budgetTotals, type CaseState } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { ApplicationRow } from './rows.js';

const COLUMNS = `id, organisation_number as "organisationNumber", authority, call_id as "callId", state,
  case_number as "caseNumber", caseworker, revision, version, document, created_at as "createdAt",
  updated_at as "updatedAt", submitted_at as "submittedAt"`;

/** Columns copied from the document so lists need not read it. */
const derived = (doc: Application) => [
  doc.applicant.name,
  doc.measure.name,
  budgetTotals(doc.budget).requestedGrant,
];

export async function insertApplication(
  db: Queryable,
  row: Pick<ApplicationRow, 'id' | 'organisationNumber' | 'authority' | 'callId' | 'document'>,
  now: Date,
): Promise<ApplicationRow> {
  const { rows } = await db.query<ApplicationRow>(
    `insert into applications (id, organisation_number, authority, call_id, applicant_name, measure_name,
       requested_grant, state, document, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'draft', $8::jsonb, $9, $9) returning ${COLUMNS}`,
    [
      row.id,
      row.organisationNumber,
      row.authority,
      row.callId,
      ...derived(row.document),
      JSON.stringify(row.document),
      now.toISOString(),
    ],
  );
  return rows[0] as ApplicationRow;
}

export async function findApplication(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `select ${COLUMNS} from applications where id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0];
}

export async function findApplicationByCaseNumber(
  db: Queryable,
  caseNumber: string,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `select ${COLUMNS} from applications where case_number = $1`,
    [caseNumber],
  );
  return rows[0];
}

/** Replaces a draft's document only if nobody changed it since `revision` (If-Match). */
export async function updateDraft(
  db: Queryable,
  id: string,
  revision: number,
  doc: Application,
  authority: string,
  now: Date,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `update applications set document = $3::jsonb, authority = $4, call_id = $5, applicant_name = $6,
       measure_name = $7, requested_grant = $8, revision = revision + 1, updated_at = $9
     where id = $1 and revision = $2 and state = 'draft' returning ${COLUMNS}`,
    [id, revision, JSON.stringify(doc), authority, doc.callId, ...derived(doc), now.toISOString()],
  );
  return rows[0];
}

export interface CaseChange {
  state?: CaseState;
  caseworker?: string;
  /** A new submitted version: becomes the current document. */
  submitted?: { document: Application; version: number; caseNumber: string; submittedAt: Date };
}

export async function changeApplication(
  db: Queryable,
  id: string,
  change: CaseChange,
  now: Date,
): Promise<ApplicationRow> {
  const s = change.submitted;
  const { rows } = await db.query<ApplicationRow>(
    `update applications set
       state = coalesce($2, state),
       caseworker = coalesce($3, caseworker),
       document = coalesce($4::jsonb, document),
       version = coalesce($5, version),
       case_number = coalesce($6, case_number),
       submitted_at = coalesce($7, submitted_at),
       applicant_name = coalesce($8, applicant_name),
       measure_name = coalesce($9, measure_name),
       requested_grant = coalesce($10, requested_grant),
       revision = revision + 1,
       updated_at = $11
     where id = $1 returning ${COLUMNS}`,
    [
      id,
      change.state ?? null,
      change.caseworker ?? null,
      s ? JSON.stringify(s.document) : null,
      s?.version ?? null,
      s?.caseNumber ?? null,
      s?.submittedAt.toISOString() ?? null,
      ...(s ? derived(s.document) : [null, null, null]),
      now.toISOString(),
    ],
  );
  return rows[0] as ApplicationRow;
}

/** A county office's case number: the call's year and a running number, e.g. 2025/17. */
export async function nextCaseNumber(db: Queryable, year: number): Promise<string> {
  const { rows } = await db.query<{ n: number }>(`select nextval('case_number_seq')::int as n`);
  return `${year}/${rows[0]?.n}`;
}

export type ListScope =
  | { kind: 'office'; organisationNumber: string }
  | { kind: 'authority'; authority: string }
  | { kind: 'all' };

export interface SummaryRow {
  id: string;
  state: CaseState;
  caseNumber: string | null;
  callId: string;
  organisationNumber: string;
  applicantName: string;
  measureName: string;
  requestedGrant: number;
  authority: string;
  caseworker: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
}

export async function listApplications(
  db: Queryable,
  scope: ListScope,
  filter: { state?: string; callId?: string },
  limit: number,
  offset: number,
): Promise<SummaryRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (scope.kind === 'office') add('organisation_number = ?', scope.organisationNumber);
  if (scope.kind === 'authority') {
    add('authority = ?', scope.authority);
    where.push(`state <> 'draft'`);
  }
  if (filter.state) add('state = ?', filter.state);
  if (filter.callId) add('call_id = ?', filter.callId);
  params.push(limit, offset);
  const { rows } = await db.query<SummaryRow>(
    `select id, state, case_number as "caseNumber", call_id as "callId", organisation_number as "organisationNumber",
       applicant_name as "applicantName", measure_name as "measureName", requested_grant as "requestedGrant",
       authority, caseworker, submitted_at as "submittedAt", updated_at as "updatedAt"
     from applications ${where.length ? `where ${where.join(' and ')}` : ''}
     order by updated_at desc, id limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return rows;
}
