import type { Database } from '../db/database.js';

/** What every handler module gets: storage and the clock. Who is asking comes with each request. */
export interface AppContext {
  db: Database;
  /** The server's clock; fixed in tests and demos so the calls' deadlines can be met. */
  now: () => Date;
}
