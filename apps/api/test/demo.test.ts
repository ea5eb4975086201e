import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { seedDemo } from '../src/demo/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo data in a PGlite directory', () => {
  it('loads applications in several states through the API, and keeps them across a restart', async () => {
    const first = await openDatabase({ pgliteDir: dir });
    expect(await seedDemo(first)).toBe(true);
    await first.close();

    const again = await openDatabase({ pgliteDir: dir });
    expect(await seedDemo(again)).toBe(false);
    const { rows } = await again.query<{ state: string; name: string }>(
      'select state, applicant_name as name from applications order by case_number nulls last',
    );
    expect(new Set(rows.map((r) => r.state))).toEqual(
      new Set(['reported', 'paid', 'granted', 'rejected', 'submitted', 'draft']),
    );
    expect(new Set(rows.map((r) => r.name))).toEqual(
      new Set(['Nav Gjøvik', 'Nav Frogner', 'Nav Midt-Telemark']),
    );
    // Year two of a measure from before the system: last year's report is left to the caseworker.
    const continuation = await again.query<{ notChecked: string[] }>(
      `select not_checked as "notChecked" from applications where measure_name = 'Losen – oppfølging av unge'`,
    );
    expect(continuation.rows).toEqual([{ notChecked: ['CONTINUATION_REPORT_MISSING'] }]);
    const audit = await again.query<{ n: number }>('select count(*)::int as n from audit_events');
    expect(audit.rows[0]?.n).toBeGreaterThan(20);
    await again.close();
  });
});
