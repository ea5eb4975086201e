import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The EICAR test file, which every scanner is made to report; in two halves so this source is not itself flagged. */
export const EICAR = Buffer.from(
  `X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-${'ANTIVIRUS-TEST-FILE!$H+H*'}`,
  'latin1',
);

const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((p) => existsSync(p)) ?? 'clamd';

export interface Clamd {
  socket: string;
  stop: () => Promise<void>;
}

/**
 * A real clamd on a Unix socket in a temporary folder, with a signature database of one line this test
 * writes (the EICAR string as a body signature), so nothing is downloaded.
 */
export async function startClamd(): Promise<Clamd> {
  if (spawnSync(CLAMD, ['--version']).error)
    throw new Error('clamd finnes ikke: apt-get install -y clamav-daemon (Debian) gir den');
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-clamd-'));
  const socket = join(dir, 'clamd.sock');
  // Body signature (`name:target:offset:hex`, target 0 = any file, offset * = anywhere): the EICAR string
  // alone and inside an otherwise real PDF, which passes the type check and must then be caught by the scan.
  writeFileSync(join(dir, 'eicar.ndb'), `Tilskudd.Test.EICAR:0:*:${EICAR.toString('hex')}\n`);
  writeFileSync(
    join(dir, 'clamd.conf'),
    [
      `LocalSocket ${socket}`,
      `DatabaseDirectory ${dir}`,
      `TemporaryDirectory ${dir}`,
      `PidFile ${join(dir, 'clamd.pid')}`,
      'Foreground yes',
      'StreamMaxLength 20M',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(CLAMD, ['-c', join(dir, 'clamd.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  for (let waited = 0; !existsSync(socket); waited += 50) {
    if (child.exitCode !== null || waited > 30_000)
      throw new Error(`clamd startet ikke: ${stderr.trim() || `kode ${child.exitCode}`}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    socket,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
