import { authorityKey, type Frame, findCall } from '@sosialtilskudd/domain';
import { actorOf, COUNTY_ROLES, type Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { conflict, forbidden, invalidDocument, issue, notFound } from '../http/problems.js';
import {
  type FrameRow,
  framesInForce,
  frameVersions,
  insertFrame,
  latestFrameVersion,
} from '../repository/frames.js';
import { iso } from '../repository/rows.js';

function callOf(callId: string) {
  const call = findCall(callId);
  if (!call) throw notFound();
  return call;
}

const view = (row: FrameRow) => ({
  createdAt: iso(row.createdAt),
  createdBy: row.createdBy,
  document: row.document,
});

/**
 * Whose frames a user reads: the directorate every frame (it issues them), a county office its own; the Nav offices
 * and the municipalities none (a frame is the authorities' budget, not part of any case).
 */
export function frameReader(p: Principal): { holder?: string } {
  if (p.role === 'directorate') return {};
  if (COUNTY_ROLES.includes(p.role)) return { holder: `county-office:${p.countyOfficeId}` };
  throw forbidden('Bare statsforvalterne og direktoratet ser fullmaktene.');
}

/**
 * What the table cannot say alone: the path's call, an id that names one frame (its call and holder never
 * change), versions one after another, and one frame per holder and call (a second would count the money twice).
 */
async function frameIssues(db: Queryable, callId: string, doc: Frame) {
  if (doc.callId !== callId)
    return [
      issue('CALL_MISMATCH', '/callId', `Utlysning: skal være ${callId}`, `Utlysing: skal vere ${callId}`),
    ];
  const holder = authorityKey(doc.holder);
  const latest = await latestFrameVersion(db, doc.id);
  if (latest && (latest.document.callId !== doc.callId || authorityKey(latest.document.holder) !== holder))
    return [
      issue(
        'FRAME_ID_TAKEN',
        '/id',
        `Fullmaktens id: brukes alt av fullmakten til ${authorityKey(latest.document.holder)} under ${latest.document.callId}`,
        `Id-en til fullmakta: er alt i bruk for fullmakta til ${authorityKey(latest.document.holder)} under ${latest.document.callId}`,
      ),
    ];
  const next = (latest?.document.version ?? 0) + 1;
  if (doc.version !== next)
    return [
      issue(
        'FRAME_VERSION_NOT_NEXT',
        '/version',
        `Versjon: neste versjon av fullmakten er ${next}`,
        `Versjon: neste versjon av fullmakta er ${next}`,
      ),
    ];
  const [other] = latest ? [] : await framesInForce(db, callId, holder);
  return other
    ? [
        issue(
          'FRAME_ALREADY_ISSUED',
          '/id',
          `Fullmaktens id: ${holder} har alt fullmakten ${other.document.id} under utlysningen; gi en ny versjon av den`,
          `Id-en til fullmakta: ${holder} har alt fullmakta ${other.document.id} under utlysinga; gi ein ny versjon av henne`,
        ),
      ]
    : [];
}

/** Frames (fullmakter): the directorate issues each county office's, and its own for national trials. */
export function frameHandlers(ctx: AppContext) {
  return handlers({
    listFrames: async ({ principal: p, params }) => {
      const call = callOf(params.callId);
      const { holder } = frameReader(p);
      return { status: 200, body: { items: (await framesInForce(ctx.db, call.id, holder)).map(view) } };
    },

    listFrameVersions: async ({ principal: p, params }) => {
      const call = callOf(params.callId);
      const { holder } = frameReader(p);
      const versions = await frameVersions(ctx.db, call.id, params.frameId);
      const own = versions.filter((v) => holder === undefined || authorityKey(v.document.holder) === holder);
      if (own.length === 0) throw notFound();
      return { status: 200, body: { items: own.map(view) } };
    },

    issueFrame: async ({ principal: p, params, body }) => {
      const call = callOf(params.callId);
      if (p.role !== 'directorate') throw forbidden('Bare direktoratet gir fullmakter.');
      const doc = validDocument(body(), 'frame');
      const issues = await frameIssues(ctx.db, call.id, doc);
      if (issues.length) throw invalidDocument(issues);
      const row = { document: doc, createdAt: ctx.now(), createdBy: actorOf(p) };
      if (!(await insertFrame(ctx.db, row)))
        throw conflict(
          'FRAME_VERSION_TAKEN',
          'Noen ga denne versjonen av fullmakten samtidig; les den og prøv igjen.',
        );
      return { status: 201, body: view(row) };
    },
  });
}
