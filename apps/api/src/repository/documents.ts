import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/views.js';

/** The follow-up document types a case collects, each stored as an immutable record. */
export type CaseDocumentType =
  | 'case-decision'
  | 'grant-letter'
  | 'rejection-letter'
  | 'acceptance'
  | 'payment'
  | 'status-report'
  | 'final-report'
  | 'transfer-request'
  | 'repayment-claim'
  | 'assessment';

export interface DocumentRow<D = unknown> {
  id: string;
  applicationId: string;
  documentType: CaseDocumentType;
  document: D;
  supersedes: string | null;
  createdAt: Date;
  createdBy: Actor;
}

const COLUMNS = `id, application_id as "applicationId", document_type as "documentType", document, supersedes,
  created_at as "createdAt", created_by as "createdBy"`;

/** Stores a record; `facts` is what a round reads of it without the document (an assessment's). */
export async function insertDocument<D>(
  db: Queryable,
  row: DocumentRow<D>,
  facts?: unknown,
): Promise<DocumentRow<D>> {
  await db.query(
    `insert into case_documents (id, application_id, document_type, document, supersedes, created_at, created_by,
       facts)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      row.id,
      row.applicationId,
      row.documentType,
      JSON.stringify(row.document),
      row.supersedes,
      row.createdAt.toISOString(),
      JSON.stringify(row.createdBy),
      facts === undefined ? null : JSON.stringify(facts),
    ],
  );
  return row;
}

/** A record of `case_documents d` that no later record supersedes. */
export const CURRENT_RECORD = 'not exists (select 1 from case_documents s where s.supersedes = d.id)';

/** The current records of a case: those no later record supersedes, oldest first. */
export async function currentDocuments(
  db: Queryable,
  applicationId: string,
  types?: readonly CaseDocumentType[],
): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `select ${COLUMNS} from case_documents d
     where application_id = $1 and ($2::text[] is null or document_type = any($2::text[]))
       and ${CURRENT_RECORD}
     order by created_at, id`,
    [applicationId, types ? [...types] : null],
  );
  return rows;
}

/**
 * Every record of one type on the case, superseded ones too, newest first: a document's history. Each record is
 * followed by the one it superseded, so the order holds even for records stored in the same instant.
 */
export async function documentHistory<D>(
  db: Queryable,
  applicationId: string,
  type: CaseDocumentType,
): Promise<DocumentRow<D>[]> {
  const { rows } = await db.query<DocumentRow<D>>(
    `select ${COLUMNS} from case_documents d where application_id = $1 and document_type = $2
     order by created_at desc, id desc`,
    [applicationId, type],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const superseded = new Set(rows.map((r) => r.supersedes));
  const ordered: DocumentRow<D>[] = [];
  for (const r of rows.filter((r) => !superseded.has(r.id)))
    for (
      let next: DocumentRow<D> | undefined = r;
      next;
      next = next.supersedes ? byId.get(next.supersedes) : undefined
    )
      ordered.push(next);
  return ordered;
}

export async function latestDocument<D>(
  db: Queryable,
  applicationId: string,
  types: readonly CaseDocumentType[],
): Promise<DocumentRow<D> | undefined> {
  return (await currentDocuments(db, applicationId, types)).at(-1) as DocumentRow<D> | undefined;
}

export async function findDocument(db: Queryable, id: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(`select ${COLUMNS} from case_documents where id = $1`, [id]);
  return rows[0];
}
