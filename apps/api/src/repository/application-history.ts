import type { Application, DeadlineExtension, RuleContext, StatusReport } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { CURRENT_RECORD } from './documents.js';

/**
 * The history an application's rules need, as select-list expressions of the application's call id and of the
 * previous case number it names (both SQL expressions), so it can be read in the same statement as the case
 * itself: the call's deadline extensions in the order they were recorded, and last year's case, when the
 * application names one and it is held here, with its current status report (not looked for otherwise).
 */
export const historyColumns = (callId: string, previousCaseNumber: string) => `
  (select coalesce(json_agg(e.document order by e.created_at, e.id), '[]'::json)
     from deadline_extensions e where e.call_id = ${callId}) as "extensions",
  case when ${previousCaseNumber} is not null then
    (select json_build_object('statusReport', (select d.document from case_documents d
         where d.application_id = p.id and d.document_type = 'status-report' and ${CURRENT_RECORD}
         order by d.created_at desc, d.id desc limit 1))
       from applications p where p.case_number = ${previousCaseNumber})
  end as "previousCase"`;

/** The previous case number of a stored application, as SQL: only a continuation names one. */
export const storedPreviousCaseNumber = (document: string) =>
  `case when ${document}->>'kind' = 'continuation' then ${document} #>> '{continuation,previousCaseNumber}' end`;

export interface HistoryColumns {
  extensions: DeadlineExtension[];
  previousCase: { statusReport: StatusReport | null } | null;
}

/**
 * The rule context from those columns. Last year's status report is null when last year's case is held here and
 * no report came in (CONTINUATION_REPORT_MISSING, § 8, § 11), and left out for a new measure and for a case
 * handled before this system: the rule is then not checked, and the case shows it for the caseworker.
 */
export function applicationHistory({ extensions, previousCase }: HistoryColumns): RuleContext {
  return previousCase ? { extensions, previousStatusReport: previousCase.statusReport } : { extensions };
}

/** The history the rules of `application` need, in one statement. */
export async function readApplicationHistory(db: Queryable, application: Application): Promise<RuleContext> {
  const previous =
    application.kind === 'continuation' ? (application.continuation?.previousCaseNumber ?? null) : null;
  const { rows } = await db.query<HistoryColumns>(`select ${historyColumns('$1', '$2::text')}`, [
    application.callId,
    previous,
  ]);
  return applicationHistory(rows[0] as HistoryColumns);
}
