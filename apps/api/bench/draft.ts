import { randomUUID } from 'node:crypto';
import { EXAMPLE_NAV_OFFICE, findCall } from '@sosialtilskudd/domain';
import type { Queryable } from '../src/db/database.js';
import { applicationFor } from '../src/demo/documents.js';
import { insertApplication } from '../src/repository/applications.js';

const call = findCall('utvikling-sosiale-tjenester-2025');
if (!call) throw new Error('call missing');

/** The benchmarks' full application (about 3 kB), from Nav Gjøvik to the 2025 call. */
export const BENCH_DRAFT = applicationFor({
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet',
  applicationId: 'soknad-gjovik-2025',
  measureName: 'Trygg bolig – ung start',
});

/** Stores a new draft case of BENCH_DRAFT, as the API's create would; returns its id. */
export async function insertDraft(db: Queryable, now: Date): Promise<string> {
  const row = await insertApplication(
    db,
    {
      id: randomUUID(),
      organisationNumber: BENCH_DRAFT.applicant.organisationNumber,
      authority: 'county-office:innlandet',
      callId: BENCH_DRAFT.callId,
      document: BENCH_DRAFT,
    },
    now,
  );
  return row.id;
}

/** `count` new draft cases of BENCH_DRAFT, one after another; their ids. */
export async function insertDrafts(db: Queryable, count: number, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await insertDraft(db, now));
  return ids;
}
