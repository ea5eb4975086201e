import {
  authorityKey,
  type Call,
  commitmentsAgainst,
  type FrameUse,
  type FrameUseContext,
  findCall,
  findCallByYear,
  frameUse,
  type GrantRecord,
  type RankedCase,
  type RoundCase,
  rankRound,
} from '@sosialtilskudd/domain';
import { ADVISORY_LOCKS } from '../db/advisory-locks.js';
import type { Queryable } from '../db/database.js';
import { type FrameRow, framesInForce } from '../repository/frames.js';
import { grantedCases, type RoundRow, roundRows } from '../repository/round.js';
import type { ApplicationRow } from '../repository/rows.js';

const roundCase = (r: RoundRow): RoundCase => ({
  application: r.application,
  caseNumber: r.caseNumber,
  ...(r.state === 'withdrawn' ? { withdrawn: true } : {}),
  ...(r.assessment ? { assessment: r.assessment } : {}),
  ...(r.decision ? { decision: r.decision } : {}),
});

/** Last year's grants by the authorities under the scheme: the multi-year measures that commit this year's frames. */
async function previousGrants(
  db: Queryable,
  call: Call,
  authorities: readonly string[],
): Promise<GrantRecord[]> {
  const previous = findCallByYear(call.year - 1, call.schemeId);
  if (!previous) return [];
  return grantedCases(db, previous.id, authorities);
}

/** A frame's use as the domain computes it: what last year's grants commit, and each case at its stage. */
const useOf = (frame: FrameRow, grants: readonly GrantRecord[], cases: readonly RoundCase[]): FrameUse =>
  frameUse(frame.document, commitmentsAgainst(frame.document, grants), cases);

/** One row of the board: the domain's ranking, with the server's id and state of the case. */
export type BoardCase = RankedCase & { id: string; state: RoundRow['state'] };

/** A county office's (or the directorate's) round under a call: its frame, the frame's use, the ranked cases. */
export interface Round {
  frame: FrameRow | undefined;
  /** Undefined without a frame in force: nothing to measure against. */
  use: FrameUse | undefined;
  cases: BoardCase[];
}

/**
 * Reads the round from the documents themselves, as the domain computes it: the frame in force, what last year's
 * grants commit (`commitmentsAgainst`), each case at its stage (`frameUse`), ranked by score (`rankRound`).
 */
export async function readRound(db: Queryable, call: Call, authority: string): Promise<Round> {
  const [frame] = await framesInForce(db, call.id, authority);
  const rows = await roundRows(db, call.id, [authority]);
  const cases = rows.map(roundCase);
  const byNumber = new Map(rows.map((r) => [r.caseNumber, r]));
  const ranked = rankRound(cases, call.priorityAreas.special).map((c) => {
    const row = byNumber.get(c.caseNumber) as RoundRow;
    return { ...c, id: row.id, state: row.state };
  });
  const use = frame ? useOf(frame, await previousGrants(db, call, [authority]), cases) : undefined;
  return { frame, use, cases: ranked };
}

/** The totals a frame's use is shown by: the frame and its parts, as the board and the national view give them. */
export const totalsOf = (use: FrameUse) => ({
  frame: use.frame.amount,
  committed: use.committed,
  proposed: use.proposed,
  granted: use.granted,
  remaining: use.remaining,
});

/** One holder's line in the national view: its frame in force and the frame's use, or neither, and its cases. */
export interface HolderUse {
  holder: string;
  frame: FrameRow | undefined;
  use: FrameUse | undefined;
  caseCount: number;
}

/**
 * Every holder's frame use under a call at once (the directorate's national view), computed for each exactly as
 * `readRound` does, from three queries for all holders together rather than three per holder.
 */
export async function readFrameUses(
  db: Queryable,
  call: Call,
  holders: readonly string[],
): Promise<HolderUse[]> {
  const frames = new Map(
    (await framesInForce(db, call.id)).map((f) => [authorityKey(f.document.holder), f] as const),
  );
  const rows = await roundRows(db, call.id, holders);
  const grants = frames.size > 0 ? await previousGrants(db, call, holders) : [];
  return holders.map((holder) => {
    const cases = rows.filter((r) => authorityKey(r.application.addressee) === holder).map(roundCase);
    const frame = frames.get(holder);
    return { holder, frame, use: frame ? useOf(frame, grants, cases) : undefined, caseCount: cases.length };
  });
}

/**
 * What a decision on `app` is judged against for FRAME_EXCEEDED: its round's frame use, when a frame is in force.
 * Decisions of one round wait for each other (an advisory lock until the transaction ends), so two grants that
 * fit alone cannot together exceed the frame.
 */
export async function frameUseContext(
  tx: Queryable,
  app: ApplicationRow,
): Promise<{ frameUse?: FrameUseContext }> {
  const call = findCall(app.callId);
  if (!call) return {};
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [
    ADVISORY_LOCKS.round,
    `${app.callId} ${app.authority}`,
  ]);
  const { use } = await readRound(tx, call, app.authority);
  return use ? { frameUse: use.context } : {};
}
