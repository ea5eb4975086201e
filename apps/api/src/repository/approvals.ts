import type { Approval, ApprovalState, ApprovalSubject, CaseDecision, Payment } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';

export interface ApprovalRow {
  id: string;
  applicationId: string;
  subjectType: ApprovalSubject;
  state: ApprovalState;
  approval: Approval;
  proposed: CaseDecision | Payment;
  filedRecordId: string | null;
  createdAt: Date;
}

const COLUMNS = `a.id, a.application_id as "applicationId", a.subject_type as "subjectType", a.state,
  a.document as approval, a.proposed, a.filed_record_id as "filedRecordId", a.created_at as "createdAt"`;

/** A proposal waits here; a second of the same kind on the same case is refused by the unique index. */
export async function insertApproval(db: Queryable, row: Omit<ApprovalRow, 'filedRecordId'>): Promise<void> {
  await db.query(
    `insert into approvals (id, application_id, subject_type, proposed, document, state, created_at)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7)`,
    [
      row.id,
      row.applicationId,
      row.subjectType,
      JSON.stringify(row.proposed),
      JSON.stringify(row.approval),
      row.state,
      row.createdAt.toISOString(),
    ],
  );
}

/** The waiting proposal of a kind on a case, if any. */
export async function waitingApproval(
  db: Queryable,
  applicationId: string,
  subjectType: ApprovalSubject,
): Promise<ApprovalRow | undefined> {
  const { rows } = await db.query<ApprovalRow>(
    `select ${COLUMNS} from approvals a where a.application_id = $1 and a.subject_type = $2 and a.state = 'proposed'`,
    [applicationId, subjectType],
  );
  return rows[0];
}

/** One proposal; `lock` holds it until the transaction ends, so two approvers cannot both resolve it. */
export async function findApproval(
  db: Queryable,
  id: string,
  lock = false,
): Promise<ApprovalRow | undefined> {
  const { rows } = await db.query<ApprovalRow>(
    `select ${COLUMNS} from approvals a where a.id = $1${lock ? ' for update' : ''}`,
    [id],
  );
  return rows[0];
}

/** Records the resolution: the resolved approval document, and the record the approval filed on the case. */
export async function resolveApproval(
  db: Queryable,
  id: string,
  approval: Approval,
  filedRecordId: string | null,
  at: Date,
): Promise<void> {
  await db.query(
    `update approvals set document = $2::jsonb, state = $3, filed_record_id = $4, resolved_at = $5 where id = $1`,
    [
      id,
      JSON.stringify(approval),
      approval.resolution?.result ?? 'proposed',
      filedRecordId,
      at.toISOString(),
    ],
  );
}

/**
 * The proposals on the cases of one authority (`county-office:<id>`), or of every authority (undefined: the
 * directorate), oldest first: the approver's queue is the waiting ones.
 */
export async function listApprovals(
  db: Queryable,
  authority: string | undefined,
  filter: { state?: ApprovalState | undefined; applicationId?: string | undefined },
): Promise<ApprovalRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (authority) add('c.authority = ?', authority);
  if (filter.state) add('a.state = ?', filter.state);
  if (filter.applicationId) add('a.application_id = ?', filter.applicationId);
  const { rows } = await db.query<ApprovalRow>(
    `select ${COLUMNS} from approvals a join applications c on c.id = a.application_id
     ${where.length ? `where ${where.join(' and ')}` : ''} order by a.created_at, a.seq`,
    params,
  );
  return rows;
}
