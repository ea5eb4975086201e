import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import { DEMO_NOW } from '../src/demo/day.js';
import { seedDemo } from '../src/demo/seed.js';
import { sharedDatabase, startApiProcess } from './api-process.js';

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo data in a PGlite directory', () => {
  it('loads applications in several states through the API, and keeps them across a restart', async () => {
    const first = await openDatabase({ pgliteDir: dir });
    expect(await seedDemo(first, { now: new Date(DEMO_NOW) })).toBe(true);
    await first.close();

    const again = await openDatabase({ pgliteDir: dir });
    expect(await seedDemo(again, { now: new Date(DEMO_NOW) })).toBe(false);
    const { rows } = await again.query<{ state: string; name: string }>(
      'select state, applicant_name as name from applications order by case_number nulls last',
    );
    expect(new Set(rows.map((r) => r.state))).toEqual(
      new Set(['reported', 'paid', 'rejected', 'submitted', 'draft']),
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

describe('demo data is seeded as a whole or not at all', () => {
  it('a server killed during the first seeding leaves nothing, and the next start seeds it all', async () => {
    const shared = await sharedDatabase();
    const counts = async () => {
      const db = await shared.open();
      try {
        const { rows } = await db.query<{ offices: number; cases: number; events: number }>(
          `select (select count(*)::int from nav_offices) as offices, (select count(*)::int from applications) as cases,
                  (select count(*)::int from audit_events) as events`,
        );
        return rows[0];
      } finally {
        await db.close();
      }
    };
    try {
      const first = startApiProcess({ ...shared.env, DEMO_DATA: 'true' });
      // Three cases are through the API when the process dies without a chance to clean up.
      await first.line(/^Demodata: .* \(4 av 7\)$/);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      expect(await counts()).toEqual({ offices: 0, cases: 0, events: 0 });

      const second = startApiProcess({ ...shared.env, DEMO_DATA: 'true' });
      await second.line(/^Demodata lastet inn$/);
      await second.line(/Server listening at/);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(await counts()).toMatchObject({ offices: 3, cases: 7 });
    } finally {
      await shared.drop();
    }
  });
});
