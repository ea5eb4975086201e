import { closeSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file in a PGlite data directory: the process id of the server that holds it. */
export const LOCK_FILE = 'tilskudd-api.pid';

/** Directories this process holds: a second open here would corrupt them just as another process would. */
const held = new Set<string>();

export class DataDirInUse extends Error {
  /** `pid` 0: a process that keeps taking the directory while this one tries. */
  constructor(dir: string, pid: number) {
    super(
      `Databasekatalogen ${dir} er i bruk av ${pid ? `prosess ${pid}` : 'en annen prosess'}. To prosesser på samme PGlite-katalog ødelegger ` +
        `databasen, så denne starter ikke. Stopp den andre prosessen, eller bruk en annen katalog (PGLITE_DIR). ` +
        `Kjører ingen slik prosess, slett ${join(dir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirInUse';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder's pid; 0 for a file left empty or unreadable by a process that died while writing it. */
function holderOf(file: string): number {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return 0;
  }
}

function removeLockFile(file: string) {
  try {
    unlinkSync(file);
  } catch (error) {
    // Already gone (another starting process removed it first): the exclusive create decides between us.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Takes the data directory for this process, as PostgreSQL's postmaster.pid does, which PGlite does not: two
 * processes on one directory both start, both write, and one's confirmed changes are lost. A lock whose process
 * is gone (a crash, a kill -9) is taken over; a live holder is never overridden. Returns the release.
 */
export function lockDataDir(dir: string): () => void {
  const path = realpathSync(dir);
  const file = join(path, LOCK_FILE);
  if (held.has(path)) throw new DataDirInUse(path, process.pid);
  // Like PostgreSQL, a stale file is removed and the exclusive create tried again.
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holderOf(file);
      // Our own pid in a file we do not hold is a previous life's, e.g. a container's pid 1 after a restart.
      if (pid && pid !== process.pid && alive(pid)) throw new DataDirInUse(path, pid);
      if (attempt === 2) throw new DataDirInUse(path, pid);
      removeLockFile(file);
    }
  }
  held.add(path);
  const release = () => {
    process.off('exit', release);
    // Only our own file: one somebody replaced by hand meanwhile is theirs.
    if (held.delete(path) && holderOf(file) === process.pid) removeLockFile(file);
  };
  process.once('exit', release);
  return release;
}
