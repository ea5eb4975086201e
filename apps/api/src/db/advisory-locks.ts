/**
 * Keys of the PostgreSQL advisory locks taken at start-up, so that several API processes on one database run
 * each piece of once-only work one at a time. Any bigint would do; these only have to differ from each other.
 */
export const ADVISORY_LOCKS = {
  migrations: 7_302_001,
  demoData: 7_302_002,
} as const;
