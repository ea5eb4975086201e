import { type Application, budgetTotals, type CaseState, type RuleContext } from '@sosialtilskudd/domain';
import type { CaseScope } from '../auth/access.js';
import type { Queryable } from '../db/database.js';
import { eventParams, insertEventFrom } from '../events/outbox.js';
import type { Actor } from '../http/views.js';
import {
  applicationHistory,
  type HistoryColumns,
  historyColumns,
  storedPreviousCaseNumber,
} from './application-history.js';
import { coversMunicipality, currentDocumentOf } from './current-document.js';
import { type ApplicationRow, iso } from './rows.js';

/** Every column but the document, which a write already has in hand and need not read back. */
const CASE_COLUMNS = `id, organisation_number as "organisationNumber", authority, call_id as "callId", state,
  case_number as "caseNumber", caseworker, revision, version, created_at as "createdAt",
  updated_at as "updatedAt", submitted_at as "submittedAt", not_checked as "notChecked",
  signing_requested_at as "signingRequestedAt", signing_requested_by as "signingRequestedBy"`;

/** The current document of `applications a`, as a column (see currentDocumentOf). */
export const CURRENT_DOCUMENT = `${currentDocumentOf('a')} as document`;
const COLUMNS = `${CASE_COLUMNS}, ${CURRENT_DOCUMENT}`;

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
  const { rows } = await db.query<Omit<ApplicationRow, 'document'>>(
    `insert into applications (id, organisation_number, authority, call_id, applicant_name, measure_name,
       requested_grant, state, document, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'draft', $8::jsonb, $9, $9) returning ${CASE_COLUMNS}`,
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
  return { ...(rows[0] as Omit<ApplicationRow, 'document'>), document: row.document };
}

export async function findApplication(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `select ${COLUMNS} from applications a where id = $1${forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0];
}

export async function findApplicationByCaseNumber(
  db: Queryable,
  caseNumber: string,
): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(
    `select ${COLUMNS} from applications a where case_number = $1`,
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
  const { rows } = await db.query<Omit<ApplicationRow, 'document'>>(
    `update applications set document = $3::jsonb, authority = $4, call_id = $5, applicant_name = $6,
       measure_name = $7, requested_grant = $8, revision = revision + 1, updated_at = $9
     where id = $1 and revision = $2 and state = 'draft' returning ${CASE_COLUMNS}`,
    [id, revision, JSON.stringify(doc), authority, doc.callId, ...derived(doc), now.toISOString()],
  );
  const row = rows[0];
  return row && { ...row, document: doc };
}

// The submit path's two statements are built once, not per call: a statement's text is its key in the query
// layer, looked up on every run.
const WITH_HISTORY = `select ${COLUMNS}, ${historyColumns('a.call_id', storedPreviousCaseNumber('a.document'))}
  from applications a where id = $1`;

/**
 * A case with the history its stored draft's rules need (deadline extensions, last year's status report), in
 * one statement: the submit route reads nothing else before it judges and stores.
 */
export async function findApplicationWithHistory(
  db: Queryable,
  id: string,
): Promise<(ApplicationRow & { history: RuleContext }) | undefined> {
  const { rows } = await db.query<ApplicationRow & HistoryColumns>(WITH_HISTORY, [id]);
  const row = rows[0];
  if (!row) return undefined;
  const { extensions, previousCase, ...app } = row;
  return { ...app, history: applicationHistory({ extensions, previousCase }) };
}

export interface CaseChange {
  state?: CaseState;
  caseworker?: string;
  /** A new submitted version: becomes the current document and is added to application_versions. */
  submitted?: {
    document: Application;
    version: number;
    reason: 'submitted' | 'correction';
    submittedAt: Date;
    /** Give the case its number now: the call's year and the next running number, e.g. 2025/17. */
    numberInYear?: number;
    /** The rules this version could not be judged by, for lack of history. */
    notChecked: string[];
    /** The files the version refers to: part of the record from now on, never deleted or replaced. */
    attachments?: readonly string[];
  };
  /** A draft's sign-off (§ 7): sent for signing, signed, or opened again; the draft keeps its document here. */
  signing?: {
    document: Application;
    requestedAt: Date | null;
    requestedBy: Actor | null;
  };
}

/** Who did it and why, for the audit log row written with the change. */
export interface ChangeAudit {
  actor: Actor;
  action: string;
  detail: Record<string, unknown> | null;
}

// The change (changeApplication); a further write that belongs to it (an outbox event, say) joins as one more
// CTE reading `changed`, so it commits with the change and costs no extra round trip.
const CHANGE = `with changed as (
     update applications set
       state = $3,
       caseworker = $4,
       version = $5,
       submitted_at = $6,
       not_checked = $7::jsonb,
       applicant_name = $8,
       measure_name = $9,
       requested_grant = $10,
       case_number = case when $11::int is null then case_number
                          else $11::int::text || '/' || nextval('case_number_seq')::text end,
       -- A new version holds the document from now on; the case row keeps only a draft's, which $22 replaces in
       -- its sign-off together with who asked for the signatures and when.
       document = case when $12::text is not null then null else coalesce($22::jsonb, document) end,
       signing_requested_at = case when $22::jsonb is null then signing_requested_at else $23::timestamptz end,
       signing_requested_by = case when $22::jsonb is null then signing_requested_by else $24::jsonb end,
       revision = revision + 1,
       event_count = event_count + 1,
       updated_at = $14
     where id = $1 and revision = $2
     returning id, state, version, case_number, event_count, organisation_number, authority, submitted_at
   ), audited as (
     insert into audit_events (application_id, at, actor, action, from_state, to_state, detail)
     select id, $14, $15::jsonb, $16, $17, state, $18::jsonb from changed
   ), versioned as (
     insert into application_versions (application_id, version, reason, document, created_at, created_by)
     select id, version, $12, $13::jsonb, $14, $15::jsonb from changed where $12::text is not null
   ), locked as (
     update attachments set locked_at = $14 where id = any($25::uuid[]) and locked_at is null
       and exists (select 1 from changed)
   ), evented as (
     ${insertEventFrom('changed', { id: '$19', type: '$20', time: '$14', data: '$21' })}
   )
   select case_number as "caseNumber" from changed`;

/**
 * One statement changes the case, writes its audit entry, its outbox event and, for a submission or correction,
 * the immutable version (for a draft's sign-off, the signed draft): they cannot come apart, and a submit costs one round trip to the database. The new values are worked
 * out here from the case as read, so only the case number the sequence gives is read back. Nothing changes when
 * someone else changed the case since `app.revision` was read; the caller gets undefined.
 */
export async function changeApplication(
  db: Queryable,
  app: ApplicationRow,
  change: CaseChange,
  audit: ChangeAudit,
  now: Date,
): Promise<ApplicationRow | undefined> {
  const s = change.submitted;
  const signing = change.signing;
  const next: ApplicationRow = {
    ...app,
    state: change.state ?? app.state,
    caseworker: change.caseworker ?? app.caseworker,
    document: s?.document ?? signing?.document ?? app.document,
    ...(signing && {
      signingRequestedAt: signing.requestedAt,
      signingRequestedBy: signing.requestedBy,
    }),
    version: s?.version ?? app.version,
    submittedAt: s?.submittedAt ?? app.submittedAt,
    notChecked: s?.notChecked ?? app.notChecked,
    revision: app.revision + 1,
    updatedAt: now,
  };
  const { rows } = await db.query<{ caseNumber: string | null }>(CHANGE, [
    app.id,
    app.revision,
    next.state,
    next.caseworker,
    next.version,
    next.submittedAt && iso(next.submittedAt),
    JSON.stringify(next.notChecked),
    ...derived(next.document),
    s?.numberInYear ?? null,
    s?.reason ?? null,
    s ? JSON.stringify(s.document) : null,
    now.toISOString(),
    JSON.stringify(audit.actor),
    audit.action,
    app.state,
    audit.detail ? JSON.stringify(audit.detail) : null,
    ...eventParams({
      app: next,
      action: audit.action,
      detail: audit.detail,
      fromState: app.state,
      toState: next.state,
      actorRole: audit.actor.role,
      at: now,
    }),
    signing ? JSON.stringify(signing.document) : null,
    signing?.requestedAt ? iso(signing.requestedAt) : null,
    signing?.requestedBy ? JSON.stringify(signing.requestedBy) : null,
    s?.attachments ?? [],
  ]);
  const row = rows[0];
  return row && { ...next, caseNumber: row.caseNumber };
}

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
  /** An ISO string: the page comes back as JSON. */
  submittedAt: string | null;
  updatedAt: string;
  /** Signer roles given so far in a draft that waits for signatures; null when it does not wait. */
  signedRoles: string[] | null;
}

/** Where a page ends: the last case's `updatedAt` as the database gave it (microseconds kept) and its id. */
export interface PagePosition {
  updatedAt: string;
  id: string;
}

/** One page of cases, newest change first; `after` is where the previous page ended (keyset paging). */
export async function listApplications(
  db: Queryable,
  scope: CaseScope,
  filter: { state?: string; callId?: string },
  limit: number,
  after?: PagePosition,
): Promise<SummaryRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (scope.kind === 'office') add('organisation_number = ?', scope.organisationNumber);
  if (scope.kind === 'municipality') add(coversMunicipality('applications', '?'), scope.municipalityNumber);
  // drafts stay with the applicant that writes them (the office and the municipality's signers)
  if (scope.kind === 'authority' || scope.kind === 'all') where.push(`state <> 'draft'`);
  if (scope.kind === 'authority') add('authority = ?', scope.authority);
  if (filter.state) add('state = ?', filter.state);
  if (filter.callId) add('call_id = ?', filter.callId);
  if (after) {
    params.push(after.updatedAt, after.id);
    where.push(`(updated_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(limit);
  // One JSON value instead of 200 rows of 12 columns: PGlite decodes it about twice as fast.
  const { rows } = await db.query<{ items: SummaryRow[] }>(
    `select coalesce(json_agg(page), '[]'::json) as items from (
       select id, state, case_number as "caseNumber", call_id as "callId", organisation_number as "organisationNumber",
         applicant_name as "applicantName", measure_name as "measureName", requested_grant as "requestedGrant",
         authority, caseworker, submitted_at as "submittedAt", updated_at as "updatedAt",
         case when state <> 'draft' or signing_requested_at is null then null else coalesce(
           (select jsonb_agg(s->'role') from jsonb_array_elements(document->'signatures') s), '[]'::jsonb)
         end as "signedRoles"
       from applications ${where.length ? `where ${where.join(' and ')}` : ''}
       order by updated_at desc, id desc limit $${params.length}) page`,
    params,
  );
  return rows[0]?.items ?? [];
}
