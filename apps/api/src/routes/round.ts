import type { RoundStage } from '@sosialtilskudd/api-contract';
import { type Authority, type CountyOfficeId, findCall } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import { COUNTY_ROLES, type Principal } from '../auth/principal.js';
import { type BoardCase, readRound, totalsOf } from '../cases/round.js';
import type { AppContext } from '../http/context.js';
import { type CsvColumns, toCsv } from '../http/csv.js';
import { handlers } from '../http/operations.js';
import { forbidden, notFound } from '../http/problems.js';
import { iso } from '../repository/rows.js';

type Holder = CountyOfficeId | 'directorate';
interface RoundFilter {
  stage?: z.output<typeof RoundStage>;
  kind?: 'new' | 'continuation';
  excluded?: 'true' | 'false';
}

const authorityOf = (holder: Holder): Authority =>
  holder === 'directorate' ? { kind: 'directorate' } : { kind: 'county-office', countyOfficeId: holder };

/** The directorate reads every round; a county office its own; nobody else any. */
function requireRoundReader(p: Principal, holder: Holder): void {
  if (p.role === 'directorate' || (COUNTY_ROLES.includes(p.role) && p.countyOfficeId === holder)) return;
  throw forbidden('Bare statsforvalteren ser sin egen tildelingsrunde, og direktoratet alle.');
}

const matches = (f: RoundFilter) => (c: BoardCase) =>
  (!f.stage || c.stage === f.stage) &&
  (!f.kind || c.kind === f.kind) &&
  (!f.excluded || c.excluded === (f.excluded === 'true'));

const STAGE_LABELS: Record<BoardCase['stage'], string> = {
  submitted: 'Sendt inn',
  assessed: 'Vurdert',
  proposed: 'Foreslått',
  granted: 'Innvilget',
  rejected: 'Avslått',
  withdrawn: 'Trukket',
};

const COLUMNS: CsvColumns<BoardCase> = [
  ['Rangering', (c) => c.rank ?? ''],
  ['Saksnummer', (c) => c.caseNumber],
  ['Tiltak', (c) => c.measureName],
  ['Søker', (c) => c.applicant],
  ['Type', (c) => (c.kind === 'continuation' ? 'Videreføring' : 'Nytt tiltak')],
  ['Søkt (kr)', (c) => c.requested],
  ['Poeng', (c) => c.score ?? ''],
  ['Særlig prioriterte områder', (c) => c.specialPriorities],
  ['Unntak gjelder', (c) => (c.excluded ? 'Ja' : 'Nei')],
  ['Trinn', (c) => STAGE_LABELS[c.stage]],
  ['Beløp (kr)', (c) => c.amount],
];

/** The round board: a county office's frame under a call, its use and the ranked cases (issue 17). */
export function roundHandlers(ctx: AppContext) {
  const round = async (p: Principal, callId: string, holder: Holder) => {
    const call = findCall(callId);
    if (!call) throw notFound();
    requireRoundReader(p, holder);
    const authority = authorityOf(holder);
    const key = holder === 'directorate' ? 'directorate' : `county-office:${holder}`;
    return { call, authority, ...(await readRound(ctx.db, call, key)) };
  };

  return handlers({
    getRoundBoard: async ({ principal: p, params, query }) => {
      const r = await round(p, params.callId, params.holder);
      const { use } = r;
      return {
        status: 200,
        body: {
          callId: r.call.id,
          authority: r.authority,
          frame: r.frame
            ? { createdAt: iso(r.frame.createdAt), createdBy: r.frame.createdBy, document: r.frame.document }
            : null,
          totals: use ? totalsOf(use) : null,
          commitments: use?.commitments ?? [],
          caseCount: r.cases.length,
          cases: r.cases.filter(matches(query)),
        },
      };
    },

    getRoundBoardCsv: async ({ principal: p, params, query }) => {
      const r = await round(p, params.callId, params.holder);
      return {
        status: 200,
        body: toCsv(COLUMNS, r.cases.filter(matches(query)), ';'),
        headers: {
          'Content-Disposition': `attachment; filename="tildeling-${r.call.id}-${params.holder}.csv"`,
        },
      };
    },
  });
}
