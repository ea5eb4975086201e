import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApi } from './api-process.js';
import { ensureBuilt } from './build.js';
import { demoClock } from './clock.js';
import { freePort, listenOn } from './free-port.js';
import { DIST_DIR, PORTAL_DIR } from './paths.js';
import { createPortalServer } from './static-server.js';

/**
 * `pnpm start`: the API on its embedded PGlite database with demo data, and the built portal in front of it on
 * one port. PORT (default 5173), HOST (default 127.0.0.1), PGLITE_DIR (default apps/portal/.data/pglite) and
 * API_START_AT are read.
 */
async function main() {
  const port = Number(process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT må være et portnummer: ${process.env.PORT}`);
  const dataDir = join(PORTAL_DIR, '.data');
  mkdirSync(dataDir, { recursive: true });
  const clock = demoClock(process.env.API_START_AT);
  await ensureBuilt();
  console.log('Starter API-et (første gang lastes demodata inn, det tar litt tid) …');
  const api = await startApi({
    port: await freePort(),
    pgliteDir: process.env.PGLITE_DIR ?? join(dataDir, 'pglite'),
    startAt: clock.startAt,
    logFile: join(dataDir, 'api.log'),
  });
  const server = createPortalServer({ distDir: DIST_DIR, apiUrl: api.url, now: api.now });
  // The API stays on 127.0.0.1 behind the portal; HOST=0.0.0.0 opens the portal to other machines.
  const host = process.env.HOST ?? '127.0.0.1';
  const actual = await listenOn(server, port, host).catch(async (error: NodeJS.ErrnoException) => {
    await api.stop();
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(
      `Porten ${port} er allerede i bruk; stopp det som bruker den, eller velg en annen med PORT.`,
    );
  });
  console.log(`\nPortalen kjører på http://localhost:${actual}/`);
  if (clock.startAt)
    console.log(`Klokken i demoen starter ${clock.startAt} (API_START_AT=now gir dagens dato).`);
  console.log(`API-ets logg: ${join(dataDir, 'api.log')}. Stopp med Ctrl+C.`);
  const stop = async () => {
    server.close();
    await api.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
