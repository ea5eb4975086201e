import { z } from 'zod';
import type { Application } from '../documents/application.js';
import { assessmentScore, proposedAmount, type RoundAssessment } from '../documents/assessment.js';
import { budgetTotals } from '../documents/budget.js';
import { type Authority, authorityKey } from '../documents/common.js';
import { Frame } from '../documents/frame.js';
import type { CaseDecision } from '../documents/letters.js';
import { caseNumber, nok, slug, text } from '../primitives.js';
import type { Commitment } from './commitments.js';

/** One amount the frame carries: a commitment not yet decided, or a grant. */
export const FrameLine = z
  .object({
    caseNumber: caseNumber(),
    applicationId: slug({
      title: 'Søknadens id',
      description: 'Søknaden linjen hører til: for en forpliktelse videreføringen, når den er søkt',
    }).optional(),
    amount: nok({ title: 'Beløp (kr)', description: 'Beløpet som tas av rammen' }),
    source: text({ title: 'Kilde', description: 'Dokumentene beløpet er lest fra' }, 2000),
  })
  .strict()
  .meta({
    id: 'FrameLine',
    title: 'Linje i rammen',
    description: 'En forpliktelse eller et innvilget tilskudd',
  });
export type FrameLine = z.infer<typeof FrameLine>;

/** What a grant decision is judged against: the frame in force, what is committed and what is granted. */
export const FrameUseContext = z
  .object({
    frame: Frame,
    committed: z.array(FrameLine).meta({
      title: 'Forpliktet',
      description: 'Forventet tilskudd til videreførte tiltak som ennå ikke er avgjort (§ 5)',
    }),
    granted: z.array(FrameLine).meta({ title: 'Innvilget', description: 'Tilskudd innvilget av rammen' }),
  })
  .strict()
  .meta({
    id: 'FrameUseContext',
    title: 'Bruk av rammen',
    description: 'Rammen, forpliktelsene og tilskuddene',
  });
export type FrameUseContext = z.infer<typeof FrameUseContext>;

const total = (lines: readonly { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

/**
 * What is left of the frame for a grant on `applicationId`: the frame minus what is committed and granted to
 * others. The application's own lines are left out, so a continuation uses its own commitment and a new
 * decision on a case replaces the old one.
 */
export function availableFor(ctx: FrameUseContext, applicationId: string) {
  const others = (lines: readonly FrameLine[]) => lines.filter((l) => l.applicationId !== applicationId);
  const committed = total(others(ctx.committed));
  const granted = total(others(ctx.granted));
  return { frame: ctx.frame.amount, committed, granted, available: ctx.frame.amount - committed - granted };
}

/**
 * What the round reads of an application: who applies for what, to whom, how much, and which measure it continues.
 * `roundApplication` takes it from a document; a server may read it from what it stores beside the document, so a
 * round of hundreds of cases need not read every application whole.
 */
export interface RoundApplication {
  id: string;
  callId: string;
  addressee: Authority;
  kind: Application['kind'];
  continuation?: Pick<NonNullable<Application['continuation']>, 'previousCaseNumber'>;
  measure: Pick<Application['measure'], 'name'>;
  applicant: Pick<Application['applicant'], 'name'>;
  /** What the budget asks for (`budgetTotals(budget).requestedGrant`). */
  requestedGrant: number;
}

export const roundApplication = (a: Application): RoundApplication => ({
  id: a.id,
  callId: a.callId,
  addressee: a.addressee,
  kind: a.kind,
  ...(a.continuation ? { continuation: { previousCaseNumber: a.continuation.previousCaseNumber } } : {}),
  measure: { name: a.measure.name },
  applicant: { name: a.applicant.name },
  requestedGrant: budgetTotals(a.budget).requestedGrant,
});

/** What the budget of a round's application asks for. */
const requestedOf = (a: Application | RoundApplication) =>
  'requestedGrant' in a ? a.requestedGrant : budgetTotals(a.budget).requestedGrant;

/** One application in a round, with what the county office has done with it so far. */
export interface RoundCase {
  /** The application whole, or what the round reads of it. */
  application: Application | RoundApplication;
  caseNumber: string;
  /** Withdrawn by the applicant: it takes nothing, and releases the commitment it continues. */
  withdrawn?: boolean;
  assessment?: RoundAssessment;
  /** A decision proposed and waiting for a second person's approval. */
  proposedDecision?: CaseDecision;
  /** The decision in force, approved. */
  decision?: CaseDecision;
}

export type RoundStage = 'submitted' | 'assessed' | 'proposed' | 'granted' | 'rejected' | 'withdrawn';

const grantedAmount = (d: CaseDecision) => (d.outcome.result === 'granted' ? d.outcome.amount : 0);

/** How far a case has come, and the amount it takes at that stage (a proposal or a grant). */
export function caseStage(c: RoundCase): { stage: RoundStage; amount: number } {
  if (c.withdrawn) return { stage: 'withdrawn', amount: 0 };
  if (c.decision)
    return {
      stage: c.decision.outcome.result === 'granted' ? 'granted' : 'rejected',
      amount: grantedAmount(c.decision),
    };
  if (c.proposedDecision) return { stage: 'proposed', amount: grantedAmount(c.proposedDecision) };
  if (c.assessment) return { stage: 'assessed', amount: proposedAmount(c.assessment) };
  return { stage: 'submitted', amount: 0 };
}

export type CommitmentStatus = 'held' | 'proposed' | 'granted' | 'released';
export interface CommitmentUse extends Commitment {
  /** «held» until the continuation is proposed, then decided: granted, or released by a rejection or withdrawal. */
  status: CommitmentStatus;
  continuedBy?: string;
}

export interface FrameUse {
  frame: Frame;
  /** Held for continuing measures whose continuation is not yet proposed or decided. */
  committed: number;
  /** Assessed or proposed for a grant, not yet decided. */
  proposed: number;
  granted: number;
  /** Frame − committed − proposed − granted: negative when the proposals do not fit. */
  remaining: number;
  commitments: CommitmentUse[];
  /** What a grant decision under this frame is judged against (rule FRAME_EXCEEDED). */
  context: FrameUseContext;
}

const COMMITMENT_STATUS: Record<RoundStage, CommitmentStatus> = {
  submitted: 'held',
  assessed: 'proposed',
  proposed: 'proposed',
  granted: 'granted',
  rejected: 'released',
  withdrawn: 'released',
};

/** The cases a frame pays for: the frame's call, sent to the frame's holder. */
export const casesOfFrame = (frame: Frame, cases: readonly RoundCase[]) =>
  cases.filter(
    (c) =>
      c.application.callId === frame.callId &&
      authorityKey(c.application.addressee) === authorityKey(frame.holder),
  );

/**
 * The frame's use: every commitment counted once, at the stage its continuation has reached, and every case at
 * its own stage. Read from the documents themselves; nothing is stored that could disagree with them.
 */
export function frameUse(
  frame: Frame,
  commitments: readonly Commitment[],
  allCases: readonly RoundCase[],
): FrameUse {
  const cases = casesOfFrame(frame, allCases);
  const staged = cases.map((c) => ({ c, ...caseStage(c) }));
  const continuing = new Map(
    staged.flatMap((s) => {
      const previous = s.c.application.continuation?.previousCaseNumber;
      return previous ? [[previous, s] as const] : [];
    }),
  );
  const uses: CommitmentUse[] = commitments.map((commitment) => {
    const continuation = continuing.get(commitment.caseNumber);
    return continuation
      ? {
          ...commitment,
          status: COMMITMENT_STATUS[continuation.stage],
          continuedBy: continuation.c.application.id,
        }
      : { ...commitment, status: 'held' };
  });
  const sumOf = (stages: RoundStage[]) => total(staged.filter((s) => stages.includes(s.stage)));
  const committed = total(uses.filter((u) => u.status === 'held'));
  const proposed = sumOf(['assessed', 'proposed']);
  const granted = sumOf(['granted']);
  return {
    frame,
    committed,
    proposed,
    granted,
    remaining: frame.amount - committed - proposed - granted,
    commitments: uses,
    context: {
      frame,
      committed: uses
        .filter((u) => u.status === 'held' || u.status === 'proposed')
        .map((u) => ({
          caseNumber: u.caseNumber,
          ...(u.continuedBy ? { applicationId: u.continuedBy } : {}),
          amount: u.amount,
          source: u.sources.join(' · '),
        })),
      granted: staged
        .filter((s) => s.stage === 'granted' && s.c.decision)
        .map((s) => ({
          caseNumber: s.c.caseNumber,
          applicationId: s.c.application.id,
          amount: s.amount,
          source: `Beslutning ${s.c.decision?.id} i sak ${s.c.caseNumber}`,
        })),
    },
  };
}

/** One row of the round's ranking. */
export interface RankedCase {
  /** 1 for the best-scored assessed case; unassessed cases have none. */
  rank?: number;
  caseNumber: string;
  applicationId: string;
  measureName: string;
  applicant: string;
  kind: Application['kind'];
  requested: number;
  score?: number;
  /** The call's specially prioritised areas the assessment finds the measure answers to. */
  specialPriorities: number;
  /** An exclusion the assessment marks as applying. */
  excluded: boolean;
  stage: RoundStage;
  /** What the case takes at its stage: the proposal, or the grant. */
  amount: number;
}

/** Case numbers in number order (2025/9 before 2025/10); one collator, as localeCompare builds one per call. */
const byCaseNumber = new Intl.Collator('nb', { numeric: true });

/**
 * The round ranked by the assessments' total score, then by how many of the call's specially prioritised areas
 * the measure answers to, then by case number; cases not yet assessed come last, by case number.
 */
export function rankRound(cases: readonly RoundCase[], specialAreas: readonly string[] = []): RankedCase[] {
  const rows = cases.map((c): RankedCase => {
    const a = c.assessment;
    const { stage, amount } = caseStage(c);
    return {
      caseNumber: c.caseNumber,
      applicationId: c.application.id,
      measureName: c.application.measure.name,
      applicant: c.application.applicant.name,
      kind: c.application.kind,
      requested: requestedOf(c.application),
      ...(a ? { score: assessmentScore(a) } : {}),
      specialPriorities: a ? a.priorityFit.areas.filter((area) => specialAreas.includes(area)).length : 0,
      excluded: a ? Object.values(a.exclusions).some((e) => e?.applies) : false,
      stage,
      amount,
    };
  });
  rows.sort(
    (x, y) =>
      (y.score ?? -1) - (x.score ?? -1) ||
      y.specialPriorities - x.specialPriorities ||
      byCaseNumber.compare(x.caseNumber, y.caseNumber),
  );
  let rank = 0;
  return rows.map((r) => (r.score === undefined ? r : { ...r, rank: ++rank }));
}
