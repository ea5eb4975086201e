import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { API_DIR } from './paths.js';

export interface ApiOptions {
  port: number;
  /** The embedded PGlite database's directory; a fresh one gets the demo data. */
  pgliteDir: string;
  /** ISO instant the API's clock starts at (API_START_AT); undefined for the real clock. */
  startAt: string | undefined;
  /** The API's own log (Fastify's JSON lines) goes here, not to the terminal. */
  logFile: string;
  /** How long to wait for /health: the first start loads the demo data (about 15 s on two cores). */
  timeoutMs?: number;
}

export interface RunningApi {
  url: string;
  /**
   * The API's clock: where it started (after a restart, just after the last change it recorded — later than
   * API_START_AT) and running on; the real clock when it was not moved.
   */
  now: () => Date;
  stop: () => Promise<void>;
}

/** The line the API prints when its clock is moved (apps/api src/main.ts). */
const CLOCK_LINE = /^Klokken starter (\S+)$/m;

/** A clock that starts at `startAt` and runs on; the real clock without one. */
function clockFrom(startAt: string | undefined): () => Date {
  const offset = startAt ? Date.parse(startAt) - Date.now() : 0;
  return () => new Date(Date.now() + offset);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

/** Starts apps/api from source (as its own `start` script does) and waits until it answers. */
export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(
    process.execPath,
    ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: API_DIR,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        PGLITE_DIR: options.pgliteDir,
        API_START_AT: options.startAt ?? '',
        NODE_ENV: 'development',
        // Every browser reaches this API through the portal's server, so the API sees one address for all of
        // them: its per-address limits (apps/api README, Rate limits) would count every user as one.
        RATE_LIMIT_PER_MINUTE: '1000000',
        RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let now = clockFrom(options.startAt);
  let printed = '';
  const readClock = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-4000);
    const started = CLOCK_LINE.exec(printed)?.[1];
    if (!started) return;
    now = clockFrom(started);
    child.stdout?.off('data', readClock);
  };
  child.stdout?.on('data', readClock);
  // Why it stopped, if it stops while starting: its own stderr, not the log other runs share.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  // An API left running after this process ends would hold the database directory against the next start.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    process.off('exit', orphanGuard);
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited(child);
    log.end();
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      process.off('exit', orphanGuard);
      throw new Error(
        `API-et stoppet under oppstart (kode ${child.exitCode}): ${stderr.trim() || tail(options.logFile)}`,
      );
    }
    if (await healthy(url)) return { url, now: () => now(), stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`API-et svarte ikke på ${url}/health innen fristen:\n${tail(options.logFile)}`);
}
