import { randomUUID } from 'node:crypto';
import { exampleApplication, findCall } from '@sosialtilskudd/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { findApplication } from '../src/repository/applications.js';
import { freshDatabase } from './harness.js';

const EXAMPLE = exampleApplication(findCall('utvikling-sosiale-tjenester-2025'));

// Migrations that move data, run on a database in the layout before them (PGlite, or TEST_DATABASE_URL).
let db: Database;
let drop: () => Promise<void>;
beforeEach(async () => {
  ({ db, drop } = await freshDatabase());
  await migrate(db, '005_not_checked.sql');
});
afterEach(async () => {
  await db.close();
  await drop();
});

/** A case as the layout before 006 stored it: the document in the case row, and for each version a copy. */
async function oldCase(version: number, versionRows: number[] = []) {
  const id = randomUUID();
  const document = { ...EXAMPLE, measure: { ...EXAMPLE.measure, name: `Tiltak ${id}` } };
  await db.query(
    `insert into applications (id, organisation_number, authority, call_id, applicant_name, measure_name,
       requested_grant, state, version, document, created_at, updated_at)
     values ($1, '974541254', 'county-office:innlandet', $2, 'Nav Gjøvik', $3, 1000, $4, $5, $6::jsonb, now(), now())`,
    [
      id,
      document.callId,
      document.measure.name,
      version ? 'submitted' : 'draft',
      version,
      JSON.stringify(document),
    ],
  );
  for (const v of versionRows)
    await db.query(
      `insert into application_versions (application_id, version, reason, document, created_at, created_by)
       values ($1, $2, 'submitted', $3::jsonb, now(), '{}'::jsonb)`,
      [id, v, JSON.stringify(v === version ? document : EXAMPLE)],
    );
  return { id, document };
}

describe('006: a submitted document is stored once, as its version', () => {
  it('drops the copy in a submitted case row, keeps a draft, and reads the same documents after', async () => {
    const submitted = await oldCase(2, [1, 2]);
    const draft = await oldCase(0);
    expect(await migrate(db)).toContain('006_document_once.sql');

    const { rows } = await db.query<{ id: string; stored: boolean }>(
      'select id, document is not null as stored from applications order by id',
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.stored]))).toEqual({
      [submitted.id]: false,
      [draft.id]: true,
    });
    // The current document of the submitted case is its latest version, exactly as the row held it.
    expect((await findApplication(db, submitted.id))?.document).toEqual(submitted.document);
    expect((await findApplication(db, draft.id))?.document).toEqual(draft.document);
  });

  it('refuses to run, and changes nothing, where a submitted case has no version row to keep its document', async () => {
    const orphan = await oldCase(1);
    await expect(migrate(db)).rejects.toThrow();
    // Read as the layout before 006 (the server's reads ask for columns later migrations add).
    const { rows } = await db.query<{ document: unknown }>(
      'select document from applications where id = $1',
      [orphan.id],
    );
    expect(rows[0]?.document).toEqual(orphan.document);
  });
});
