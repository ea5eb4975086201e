import { mkdirSync } from 'node:fs';
import { PGlite, parse, protocol } from '@electric-sql/pglite';
import pgUtils from 'pg/lib/utils.js';
import { lockDataDir } from './data-dir-lock.js';
import { type Database, type Queryable, rolledBack, statementNames } from './database.js';

type Message = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Speaks the wire protocol to PGlite directly. `PGlite.query` makes six calls into the WebAssembly backend per
 * query (parse, describe, bind, describe, execute, sync) and plans the statement every time; here a query is
 * one call, and each statement is parsed and planned once under a name, as node-postgres does with named
 * queries. Measured in bench/: about half the cost of a small query.
 */
class Session {
  private readonly nameOf = statementNames();
  /** Statements parsed in this session, by name. */
  private readonly parsed = new Set<string>();

  constructor(private readonly db: PGlite) {}

  async query<R>(sql: string, params: readonly unknown[]): Promise<{ rows: R[]; rowCount: number }> {
    const name = this.nameOf(sql) ?? '';
    const parts: Uint8Array[] = [];
    const preparing = name === '' || !this.parsed.has(name);
    if (preparing) parts.push(protocol.serialize.parse({ name, text: sql, types: [] }));
    parts.push(
      // Parameters in text as node-postgres sends them, so the repositories' SQL means the same on both databases.
      protocol.serialize.bind({ statement: name, values: params.map((p) => pgUtils.prepareValue(p)) }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    );
    const messages = await this.send(concat(parts));
    // A statement stays prepared once parsed, even when its execution then failed.
    if (preparing && name && messages.some((m) => m.name === 'parseComplete')) this.parsed.add(name);
    throwIfFailed(messages);
    const result = parse.parseResults(messages, this.db.parsers)[0];
    const rows = (result?.rows ?? []) as R[];
    return { rows, rowCount: result?.affectedRows || rows.length };
  }

  /** Statements without parameters, in the simple protocol; returns the last statement's command tag. */
  async exec(sql: string): Promise<string | undefined> {
    const messages = throwIfFailed(await this.send(protocol.serialize.query(sql)));
    const done = messages.filter((m) => m instanceof protocol.messages.CommandCompleteMessage);
    return done.at(-1)?.text;
  }

  /** Sends one batch; it runs to its Sync, so the session is ready for the next one whatever failed. */
  private async send(batch: Uint8Array): Promise<Message[]> {
    return (await this.db.execProtocol(batch, { throwOnError: false })).messages;
  }
}

/** The backend's error (a DatabaseError with its SQLSTATE `code`), as PGlite.query and node-postgres throw it. */
function throwIfFailed(messages: Message[]): Message[] {
  const error = messages.find((m) => m.name === 'error');
  if (error) throw error;
  return messages;
}

/** Embedded PostgreSQL (WASM). `dataDir` keeps the data across restarts; without it the data lives in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (!dataDir) return pgliteDatabase(await PGlite.create());
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const db = pgliteDatabase(await PGlite.create(dataDir));
    return { ...db, close: () => db.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

/** The query layer over an open PGlite, which must not be used directly beside it. */
export function pgliteDatabase(db: PGlite): Database {
  const session = new Session(db);
  const inSession: Queryable = { query: (sql, params = []) => session.query(sql, params) };
  return {
    kind: 'pglite',
    query: (sql, params = []) => db.runExclusive(() => session.query(sql, params)),
    // One session, held from BEGIN to COMMIT, so no other request's statement runs inside the transaction.
    transaction: (work) =>
      db.runExclusive(async () => {
        await session.exec('begin');
        try {
          const result = await work(inSession);
          if ((await session.exec('commit')) !== 'COMMIT') throw rolledBack();
          return result;
        } catch (error) {
          await session.exec('rollback');
          throw error;
        }
      }),
    exec: (sql) => db.runExclusive(async () => void (await session.exec(sql))),
    // PGlite's close waits for the work in hand itself.
    close: () => db.close(),
  };
}
