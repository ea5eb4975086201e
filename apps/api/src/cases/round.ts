import {
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

/** Last year's grants by the authority under the scheme: the multi-year measures that commit this year's frame. */
async function previousGrants(db: Queryable, call: Call, authority: string): Promise<GrantRecord[]> {
  const previous = findCallByYear(call.year - 1, call.schemeId);
  if (!previous) return [];
  return grantedCases(db, previous.id, authority);
}

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
  const rows = await roundRows(db, call.id, authority);
  const cases = rows.map(roundCase);
  const byNumber = new Map(rows.map((r) => [r.caseNumber, r]));
  const ranked = rankRound(cases, call.priorityAreas.special).map((c) => {
    const row = byNumber.get(c.caseNumber) as RoundRow;
    return { ...c, id: row.id, state: row.state };
  });
  const use = frame
    ? frameUse(
        frame.document,
        commitmentsAgainst(frame.document, await previousGrants(db, call, authority)),
        cases,
      )
    : undefined;
  return { frame, use, cases: ranked };
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
