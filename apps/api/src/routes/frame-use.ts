import {
  authorityKey,
  type Call,
  COUNTY_OFFICE_IDS,
  countyOfficeName,
  findCall,
} from '@sosialtilskudd/domain';
import { type HolderUse, readFrameUses, totalsOf } from '../cases/round.js';
import type { AppContext } from '../http/context.js';
import { type CsvColumns, toCsv } from '../http/csv.js';
import { handlers } from '../http/operations.js';
import { notFound } from '../http/problems.js';
import { authorityOf } from '../http/views.js';
import { frameReader } from './frames.js';

/**
 * Who may hold a frame under a call: every county office, and the directorate when the call has national trials
 * (otherwise its frame is refused, FRAME_DIRECTORATE_WITHOUT_TRIALS). Listed whether or not a frame is issued.
 */
const holdersOf = (call: Call): string[] => [
  ...COUNTY_OFFICE_IDS.map((countyOfficeId) => authorityKey({ kind: 'county-office', countyOfficeId })),
  ...(call.nationalTrials.length > 0 ? ['directorate'] : []),
];

const lineOf = ({ holder, frame, use, caseCount }: HolderUse) => ({
  authority: authorityOf(holder),
  frame: frame
    ? {
        id: frame.document.id,
        version: frame.document.version,
        amount: frame.document.amount,
        chapter: frame.document.budget.chapter,
        post: frame.document.budget.post,
        issuedOn: frame.document.issuedOn,
      }
    : null,
  totals: use ? totalsOf(use) : null,
  caseCount,
});

type Line = ReturnType<typeof lineOf>;
const amount = (key: keyof NonNullable<Line['totals']>) => (l: Line) => l.totals?.[key] ?? '';

/** The holder by the name in force on the call's deadline, as its documents name it. */
const holderName = (call: Call) => (l: Line) =>
  l.authority.kind === 'directorate'
    ? 'Arbeids- og velferdsdirektoratet (nasjonale forsøk)'
    : (countyOfficeName(l.authority.countyOfficeId, call.applicationDeadline.date) ??
      l.authority.countyOfficeId);

const columns = (call: Call): CsvColumns<Line> => [
  ['Embete', holderName(call)],
  ['Fullmakt', (l) => l.frame?.id ?? 'Ingen fullmakt'],
  ['Versjon', (l) => l.frame?.version ?? ''],
  ['Kapittel', (l) => l.frame?.chapter ?? ''],
  ['Post', (l) => l.frame?.post ?? ''],
  ['Ramme (kr)', amount('frame')],
  ['Forpliktet (kr)', amount('committed')],
  ['Foreslått (kr)', amount('proposed')],
  ['Innvilget (kr)', amount('granted')],
  ['Igjen (kr)', amount('remaining')],
  ['Saker', (l) => l.caseCount],
];

/** The directorate's view of every holder's frame use under a call (issue 17 item 6), and its CSV. */
export function frameUseHandlers(ctx: AppContext) {
  const lines = async (p: Parameters<typeof frameReader>[0], callId: string) => {
    const call = findCall(callId);
    if (!call) throw notFound();
    const { holder } = frameReader(p);
    return {
      call,
      lines: (await readFrameUses(ctx.db, call, holder ? [holder] : holdersOf(call))).map(lineOf),
    };
  };

  return handlers({
    getFrameUse: async ({ principal: p, params }) => {
      const { call, lines: holders } = await lines(p, params.callId);
      return { status: 200, body: { callId: call.id, holders } };
    },

    getFrameUseCsv: async ({ principal: p, params }) => {
      const { call, lines: holders } = await lines(p, params.callId);
      return {
        status: 200,
        body: toCsv(columns(call), holders, ';'),
        headers: { 'Content-Disposition': `attachment; filename="rammer-${call.id}.csv"` },
      };
    },
  });
}
