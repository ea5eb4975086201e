import type {
  Acceptance,
  Application,
  GrantLetter,
  Payment,
  RuleContext,
  StatusReport,
  TransferRequest,
} from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { readApplicationHistory } from '../repository/application-history.js';
import { findApplicationByCaseNumber } from '../repository/applications.js';
import { type CaseDocumentType, currentDocuments, latestDocument } from '../repository/documents.js';

async function latest<D>(db: Queryable, applicationId: string, type: CaseDocumentType): Promise<D | null> {
  return (await latestDocument<D>(db, applicationId, [type]))?.document ?? null;
}

/** Every current document of a type on the case, oldest first. */
async function all<D>(db: Queryable, applicationId: string, type: CaseDocumentType): Promise<D[]> {
  return (await currentDocuments(db, applicationId, [type])).map((row) => row.document as D);
}

/** Last year's case of a continuation, when it was handled here. */
async function previousCase(db: Queryable, application: Application) {
  const number = application.continuation?.previousCaseNumber;
  return number ? findApplicationByCaseNumber(db, number) : undefined;
}

/** Last year's approved transfer, which this year's payment must deduct (§ 10); null when there is none. */
export async function previousTransfer(
  db: Queryable,
  application: Application,
): Promise<TransferRequest | null> {
  const previous = await previousCase(db, application);
  if (!previous) return null;
  const transfer = await latest<TransferRequest>(db, previous.id, 'transfer-request');
  return transfer?.decision?.approved ? transfer : null;
}

const defined = (context: Record<string, unknown>): RuleContext =>
  Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)) as RuleContext;

/**
 * The history each document's rules need, read from the case. The application says who decides, writes and pays
 * (§ 8, § 10); the grant letter what may be paid and by when the recipient reports (§ 10, § 11).
 */
export async function contextFor(
  db: Queryable,
  type: CaseDocumentType | 'application',
  applicationId: string,
  application: Application,
): Promise<RuleContext> {
  const grantLetter = async () => (await latest<GrantLetter>(db, applicationId, 'grant-letter')) ?? undefined;
  switch (type) {
    case 'application':
      return readApplicationHistory(db, application);
    case 'case-decision':
    case 'grant-letter':
    case 'rejection-letter': {
      const { previousStatusReport } = await readApplicationHistory(db, application);
      return defined({ application, previousStatusReport });
    }
    case 'acceptance':
      return defined({ grantLetter: await grantLetter() });
    case 'payment':
      return defined({
        application,
        grantLetter: await grantLetter(),
        acceptance: await latest<Acceptance>(db, applicationId, 'acceptance'),
        previousPayments: await all<Payment>(db, applicationId, 'payment'),
        previousTransfer: await previousTransfer(db, application),
      });
    case 'assessment':
      return { application };
    case 'status-report':
    case 'final-report':
    case 'repayment-claim':
      return defined({ application, grantLetter: await grantLetter() });
    case 'transfer-request':
      return defined({
        statusReport: (await latest<StatusReport>(db, applicationId, 'status-report')) ?? undefined,
      });
  }
}
