import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { freshDatabase } from './harness.js';

// The query layer's contract, on PGlite or, with TEST_DATABASE_URL, on a PostgreSQL server: the repositories
// rely on the two behaving the same.
let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  await db.exec('create table notes (id uuid primary key, tags text[], body jsonb)');
});
afterAll(async () => {
  await db.close();
  await drop();
});

const ID = '6f1c1d36-6a53-4c1f-9a55-0b8f3c1f2a01';
const codeOf = (error: unknown) => (error as { code?: string }).code;

describe('parameters', () => {
  it('round-trips text arrays whose elements need quoting, and JSON', async () => {
    const tags = ['a,b', 'say "hi"', 'back\\slash', '{braces}', '', 'æøå', null];
    const body = { text: 'it\'s "quoted"', n: 3 };
    await db.query('insert into notes (id, tags, body) values ($1, $2, $3::jsonb)', [
      ID,
      tags,
      JSON.stringify(body),
    ]);
    const { rows } = await db.query<{ tags: unknown; body: unknown }>(
      'select tags, body from notes where id = $1',
      [ID],
    );
    expect(rows).toEqual([{ tags, body }]);
  });
});

describe('a failed statement', () => {
  it('throws the server error with its code and leaves the database usable, also for the same statement', async () => {
    const sql = 'select count(*)::int as n from notes where id = $1';
    await expect(db.query(sql, ['not-a-uuid'])).rejects.toSatisfy((e) => codeOf(e) === '22P02');
    expect((await db.query(sql, [ID])).rows).toEqual([{ n: 1 }]);
  });

  it('fails the same way every time when the SQL itself is wrong', async () => {
    for (let i = 0; i < 2; i++)
      await expect(db.query('selec 1')).rejects.toSatisfy((e) => codeOf(e) === '42601');
    expect((await db.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });
});

describe('transactions', () => {
  const count = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from notes')).rows[0]?.n;
  const other = '0d5f7a8e-2b1c-4c3d-8e9f-a0b1c2d3e4f5';

  it('commit when the work resolves, and roll back when it throws', async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (id) values ($1)', [other]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await count()).toBe(before);
    await db.transaction((tx) => tx.query('insert into notes (id) values ($1)', [other]));
    expect(await count()).toBe((before ?? 0) + 1);
    await db.query('delete from notes where id = $1', [other]);
  });

  it('refuse to report success when a statement inside failed, even if the work caught the error', async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (id) values ($1)', [other]);
        await tx.query('insert into notes (id) values ($1)', [other]).catch(() => undefined);
      }),
    ).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it('are not seen by a statement sent while they are open', async () => {
    const before = await count();
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const transaction = db.transaction(async (tx) => {
      await tx.query('insert into notes (id) values ($1)', [other]);
      inserted();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('roll back');
    });
    await insertedNow;
    const seen = count();
    await expect(transaction).rejects.toThrow('roll back');
    expect(await seen).toBe(before);
  });
});

it('answers many distinct statements, past what it keeps prepared', async () => {
  const answers = [];
  for (let i = 0; i < 300; i++)
    answers.push((await db.query<{ n: number }>(`select ${i}::int as n`)).rows[0]?.n);
  expect(answers).toEqual(Array.from({ length: 300 }, (_, i) => i));
});
