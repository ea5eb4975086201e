import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';
import { openPostgres } from '../src/db/postgres.js';

const API_DIR = new URL('..', import.meta.url);

/** A database for API processes: where they find it (env), how the test opens it, and how it is removed. */
export interface SharedDatabase {
  env: Record<string, string>;
  open: () => Promise<Database>;
  drop: () => Promise<void>;
}

/** A throwaway schema on TEST_DATABASE_URL's server, or a fresh PGlite directory without it. */
export async function sharedDatabase(): Promise<SharedDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'tilskudd-pglite-'));
    return {
      env: { PGLITE_DIR: dir },
      open: () => openDatabase({ pgliteDir: dir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(url);
  await admin.exec(`create schema ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: withSchema.href },
    open: () => openDatabase({ databaseUrl: withSchema.href, pgliteDir: '' }),
    drop: async () => {
      await admin.exec(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}

/** `pnpm start` as a child process, its output read line by line. */
export interface ApiProcess {
  child: ChildProcess;
  /** Every line written so far, stdout and stderr. */
  lines: string[];
  /** Resolves with the first line (past or future) matching `pattern`; rejects when the process exits first. */
  line: (pattern: RegExp) => Promise<string>;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | NodeJS.Signals>;
}

export function startApiProcess(env: Record<string, string>): ApiProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=@sosialtilskudd/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: API_DIR,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const waiting = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push(text);
      for (const w of waiting)
        if (w.pattern.test(text)) {
          waiting.delete(w);
          w.resolve(text);
        }
    });
  }
  const line = (pattern: RegExp) => {
    const seen = lines.find((text) => pattern.test(text));
    if (seen !== undefined) return Promise.resolve(seen);
    return Promise.race([
      new Promise<string>((resolve) => waiting.add({ pattern, resolve })),
      exited.then((how) => {
        throw new Error(`the API exited (${how}) before writing ${pattern}:\n${lines.join('\n')}`);
      }),
    ]);
  };
  return { child, lines, line, exited };
}

/** The address a started process listens on, from Fastify's log line. */
export async function listeningUrl(api: ApiProcess): Promise<string> {
  const text = await api.line(/Server listening at http:\/\/127\.0\.0\.1:\d+/);
  return /http:\/\/127\.0\.0\.1:\d+/.exec(text)?.[0] ?? '';
}
