import { randomUUID } from 'node:crypto';
import { addSignature, EXAMPLE_NAV_OFFICE, findCall } from '@sosialtilskudd/domain';
import { actorOf, type Principal } from '../src/auth/principal.js';
import { signerOf } from '../src/auth/signer.js';
import type { Queryable } from '../src/db/database.js';
import { applicationFor } from '../src/demo/documents.js';
import { DEMO_USERS } from '../src/demo/people.js';
import { insertApplication } from '../src/repository/applications.js';
import type { ApplicationRow } from '../src/repository/rows.js';

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

const person = (id: string) => DEMO_USERS.get(id) as Principal;

/**
 * BENCH_DRAFT sent for signing by Nav Gjøvik's staff and signed by its head and the chief executive, as the
 * sign-off leaves a draft (§ 7), so a submit finds it ready: what is measured is the submit, not the sign-off.
 */
function signed(now: Date) {
  const draft = { document: BENCH_DRAFT, organisationNumber: BENCH_DRAFT.applicant.organisationNumber };
  const at = now.toISOString();
  const document = ['nav-gjovik-leder', 'gjovik-kommunedirektor'].reduce((doc, id) => {
    const signer = signerOf(person(id), draft as ApplicationRow, now);
    if (!signer) throw new Error(`${id} does not sign`);
    return addSignature(doc, signer, at);
  }, BENCH_DRAFT);
  return { document, requestedBy: actorOf(person('nav-gjovik')) };
}

/** Stores a new draft case of BENCH_DRAFT, signed and ready to submit; returns its id. */
export async function insertDraft(db: Queryable, now: Date): Promise<string> {
  const { document, requestedBy } = signed(now);
  const row = await insertApplication(
    db,
    {
      id: randomUUID(),
      organisationNumber: BENCH_DRAFT.applicant.organisationNumber,
      authority: 'county-office:innlandet',
      callId: BENCH_DRAFT.callId,
      document,
    },
    now,
  );
  await db.query(
    'update applications set signing_requested_at = $2, signing_requested_by = $3::jsonb where id = $1',
    [row.id, now.toISOString(), JSON.stringify(requestedBy)],
  );
  return row.id;
}

/** `count` new draft cases of BENCH_DRAFT, one after another; their ids. */
export async function insertDrafts(db: Queryable, count: number, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await insertDraft(db, now));
  return ids;
}
