import type { Database } from '../db/database.js';
import type { Actor } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import { claimPendingScans, readChunks, recordScan } from '../repository/attachments.js';
import { recordAudit } from '../repository/audit.js';
import { type ClamdAddress, scanWithClamd } from './clamd.js';

/** Who is named in the audit log for a scan's verdict: the service itself, through clamd. */
export const SCANNER_ACTOR: Actor = {
  sub: 'system:clamav',
  name: 'Skanning for skadelig programvare',
  role: 'system',
};

/** A claim older than this is taken to belong to a process that stopped: another one scans the file. */
const CLAIM_STALE_MS = 2 * 60_000;
/** How often pending files are looked for, besides when an upload wakes the scanner. */
const SWEEP_MS = 30_000;

export interface AttachmentScanner {
  /** With no scanner configured, uploads are `not-scanned`; with one, `pending` until the verdict. */
  readonly enabled: boolean;
  /** A file was stored: scan it (and anything else pending) soon. */
  wake(): void;
  /** Resolves when nothing pending is left that this process could scan now (for tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export const noScanner: AttachmentScanner = {
  enabled: false,
  wake: () => {},
  idle: async () => {},
  close: async () => {},
};

/**
 * Scans stored files with clamd in the background: an upload answers at once with scan state `pending`, and
 * the verdict (clean or infected, with clamd's signature name) is recorded with an audit event. Pending files
 * are claimed with SKIP LOCKED, so several API processes on one database never scan the same file at once; a
 * file whose scan failed (clamd down) stays pending and is tried again on the next sweep.
 */
export function clamdScanner(db: Database, address: ClamdAddress, now: () => Date): AttachmentScanner {
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  async function scanOne(id: string): Promise<void> {
    const verdict = await scanWithClamd(address, readChunks(db, id));
    const at = now();
    await db.transaction(async (tx) => {
      const row = await recordScan(
        tx,
        id,
        verdict.infected ? { state: 'infected', finding: verdict.signature } : { state: 'clean' },
        at,
      );
      // The case under its row lock, so the scan's event takes the case's next number.
      const app = row && (await findApplication(tx, row.applicationId, true));
      if (row && app)
        await recordAudit(tx, app, {
          at,
          actor: SCANNER_ACTOR,
          action: 'attachment-scan',
          fromState: null,
          toState: null,
          detail: {
            attachmentId: id,
            fileName: row.fileName,
            scanState: row.scanState,
            ...(row.scanFinding ? { finding: row.scanFinding } : {}),
          },
        });
    });
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      const ids = await claimPendingScans(db, now(), CLAIM_STALE_MS);
      for (const id of ids) {
        if (closed) return;
        try {
          await scanOne(id);
        } catch (error) {
          // clamd unreachable or refusing: the file stays pending and is claimed again after CLAIM_STALE_MS.
          console.error(`Skanning av vedlegg ${id} feilet: ${(error as Error).message}`);
        }
      }
      if (ids.length === 20) again = true;
    } while (again && !closed);
  }

  const wake = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error) => console.error(`Skanning av vedlegg stanset: ${(error as Error).message}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(wake, SWEEP_MS);
  timer.unref();
  wake();

  return {
    enabled: true,
    wake,
    idle: async () => {
      while (running) await running;
    },
    close: async () => {
      closed = true;
      clearInterval(timer);
      await running;
    },
  };
}
