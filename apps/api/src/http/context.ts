import type { AttachmentScanner } from '../attachments/scanner.js';
import type { Database } from '../db/database.js';

/** What every handler module gets: storage, the clock, the malware scanner and where notices link to. Who is asking comes with each request. */
export interface AppContext {
  db: Database;
  /** The server's clock; fixed in tests and demos so the calls' deadlines can be met. */
  now: () => Date;
  scanner: AttachmentScanner;
  /** The portal that e-mail notices link to (PORTAL_URL). */
  portalUrl: string;
}
