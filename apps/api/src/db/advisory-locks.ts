/**
 * Keys of the PostgreSQL advisory locks, so that several API processes on one database run
 * each piece of once-only work one at a time. Any bigint would do; these only have to differ from each other.
 */
export const ADVISORY_LOCKS = {
  migrations: 7_302_001,
  demoData: 7_302_002,
  /** Gives committed outbox events their feed positions, one process at a time. */
  eventSequencer: 7_302_003,
  /** With a second key per call and authority: grant decisions of one round, one at a time (FRAME_EXCEEDED). */
  round: 7_302_004,
} as const;
