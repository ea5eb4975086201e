import { z } from 'zod';
import { FrameUseContext } from '../allocation/frame-use.js';
import { Call } from '../calls/call.js';
import { Application } from '../documents/application.js';
import { Acceptance, DeadlineExtension, Payment, TransferRequest } from '../documents/follow-up.js';
import { GrantLetter } from '../documents/letters.js';
import { StatusReport } from '../documents/reports.js';

/**
 * What a rule may need beyond the document itself: the case's history. The server fills it from its
 * database; the CLI reads it from `--context FILE`. A rule whose context is absent is not run and is
 * reported as not checked, never as passed.
 */
export const RuleContext = z
  .object({
    /** Overrides the call named by the document's callId. */
    call: Call.optional(),
    /** Recorded extensions of the call's deadline. */
    extensions: z.array(DeadlineExtension).optional(),
    /** When the document is checked: defaults to its own submittedAt. */
    now: z.iso.datetime({ offset: true }).optional(),
    /**
     * The years the applicant received a grant under the call's scheme, for a call open only to earlier
     * recipients (seed 004: kommunalt rusarbeid, for those granted in 2021). Grants from before this system are
     * not in its records, so the server leaves this out: the county office judges eligibility from its own.
     */
    previousGrantYears: z.array(z.int().min(2000).max(2100)).optional(),
    /** For a continuation: last year's status report, or null when none has come in (§ 8, § 11). */
    previousStatusReport: StatusReport.nullable().optional(),
    /**
     * The application a letter, decision, payment, claim or report belongs to: its budget is what accounts compare
     * with, its addressee (or national trial) is who decides, writes and pays (§ 8, § 10).
     */
    application: Application.optional(),
    grantLetter: GrantLetter.optional(),
    /** Payments already made on the case, before the one judged; [] when none (§ 10). */
    previousPayments: z.array(Payment).optional(),
    /** The returned acceptance, or null when none has come in (§ 10). */
    acceptance: Acceptance.nullable().optional(),
    /** Last year's transfer request, or null when no transfer was approved (§ 10). */
    previousTransfer: TransferRequest.nullable().optional(),
    /** The status report whose unused funds a transfer request asks to move. */
    statusReport: StatusReport.optional(),
    /** For a grant decision: the decider's frame in force, what is committed and what is granted (FRAME_EXCEEDED). */
    frameUse: FrameUseContext.optional(),
  })
  .strict();
export type RuleContext = z.infer<typeof RuleContext>;
