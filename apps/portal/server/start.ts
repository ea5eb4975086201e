import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type RunningApi, startApi } from './api-process.js';
import { ensureBuilt } from './build.js';
import { demoClock } from './clock.js';
import { type DemoUser, demoUserTable } from './demo-users.js';
import { freePort, listenOn } from './free-port.js';
import { DIST_DIR, PORTAL_DIR } from './paths.js';
import { createPortalServer } from './static-server.js';

/**
 * `pnpm start`: the API on its embedded PGlite database with demo data, and the built portal in front of it on
 * one port. PORT (default 5173), HOST (default 127.0.0.1), PGLITE_DIR (default apps/portal/.data/pglite) and
 * API_START_AT are read.
 */

const CTRL_C = 0x03;

let api: RunningApi | undefined;
let server: Server | undefined;
let stopping = false;
const building = new AbortController();

/**
 * Ctrl+C and SIGTERM (and a SIGINT from elsewhere) close the servers and end with code 0, at any point of the
 * start, so pnpm has no failure to report.
 */
async function stop() {
  if (stopping) return;
  stopping = true;
  building.abort();
  server?.close();
  server?.closeAllConnections();
  await api?.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// In a terminal Ctrl+C is read here as a key, not raised as SIGINT in the terminal's whole foreground group: pnpm,
// which runs this script, exits with 130 and «ELIFECYCLE Command failed» on a SIGINT of its own whatever the script
// does (pnpm/pnpm#9945). Raw mode keeps the output's line endings; Node puts the terminal back on exit.
if (process.stdin.isTTY) {
  process.stdin.setRawMode(true);
  process.stdin.on('data', (keys: Buffer) => {
    if (keys.includes(CTRL_C)) void stop();
  });
}

async function demoUsers(apiUrl: string): Promise<DemoUser[]> {
  try {
    const answer = await fetch(`${apiUrl}/dev/users`);
    return answer.ok ? ((await answer.json()) as { items: DemoUser[] }).items : [];
  } catch {
    return [];
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT må være et portnummer: ${process.env.PORT}`);
  const dataDir = join(PORTAL_DIR, '.data');
  mkdirSync(dataDir, { recursive: true });
  const clock = demoClock(process.env.API_START_AT);
  await ensureBuilt(console.log, building.signal);
  console.log('Starter API-et (første gang lastes demodata inn, det tar litt tid) …');
  api = await startApi({
    port: await freePort(),
    pgliteDir: process.env.PGLITE_DIR ?? join(dataDir, 'pglite'),
    startAt: clock.startAt,
    logFile: join(dataDir, 'api.log'),
  });
  const running = api;
  server = createPortalServer({ distDir: DIST_DIR, apiUrl: running.url, now: running.now });
  // The API stays on 127.0.0.1 behind the portal; HOST=0.0.0.0 opens the portal to other machines.
  const host = process.env.HOST ?? '127.0.0.1';
  const actual = await listenOn(server, port, host).catch(async (error: NodeJS.ErrnoException) => {
    await running.stop();
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(
      `Porten ${port} er allerede i bruk; stopp det som bruker den, eller velg en annen med PORT.`,
    );
  });
  const users = await demoUsers(running.url);
  console.log(`\nPortalen kjører på http://localhost:${actual}/`);
  if (users.length > 0)
    console.log(`\nLogg inn som en av demobrukerne (ingen passord):\n\n${demoUserTable(users)}\n`);
  if (clock.startAt)
    console.log(`Klokken i demoen starter ${clock.startAt} (API_START_AT=now gir dagens dato).`);
  console.log(`API-ets logg: ${join(dataDir, 'api.log')}. Stopp med Ctrl+C.`);
}

main().catch((error: unknown) => {
  // A build or an API stopped by Ctrl+C fails on its way out; that is the stop, not an error.
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
