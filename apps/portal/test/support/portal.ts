import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../../server/api-process.js';
import { ensureBuilt } from '../../server/build.js';
import { demoClock } from '../../server/clock.js';
import { freePort, listenOn } from '../../server/free-port.js';
import { DIST_DIR } from '../../server/paths.js';
import { createPortalServer } from '../../server/static-server.js';

export interface RunningPortal {
  url: string;
  apiLog: string;
  stop: () => Promise<void>;
}

/** The built portal and the API on a fresh temporary PGlite database with the demo data, as `pnpm start` runs them. */
export async function startPortal(): Promise<RunningPortal> {
  await ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const clock = demoClock();
  const apiLog = join(dir, 'api.log');
  const api = await startApi({
    port: await freePort(),
    pgliteDir: join(dir, 'pglite'),
    startAt: clock.startAt,
    logFile: apiLog,
  });
  const server = createPortalServer({ distDir: DIST_DIR, apiUrl: api.url, now: api.now });
  const port = await listenOn(server);
  return {
    url: `http://127.0.0.1:${port}`,
    apiLog,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
