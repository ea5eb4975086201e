import { randomUUID } from 'node:crypto';
import { type DeadlineExtension, findCall } from '@sosialtilskudd/domain';
import { ACCESS_MATRIX } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import type { Queryable } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { forbidden, invalidDocument, issue, notFound } from '../http/problems.js';
import { type ExtensionRow, insertExtension, listExtensions } from '../repository/extensions.js';
import { findNavOffice } from '../repository/nav-offices.js';
import { authorityKey, iso } from '../repository/rows.js';

function callOf(callId: string) {
  const call = findCall(callId);
  if (!call) throw notFound();
  return call;
}

/** What anyone may read: the deadline and whom it applies to (DOMAIN.md: who and why only for authorities). */
const publicView = ({ document: { callId, grantedBy, appliesTo, deadline } }: ExtensionRow) => ({
  callId,
  grantedBy,
  appliesTo,
  deadline,
});

const view = (row: ExtensionRow) => ({
  id: row.id,
  createdAt: iso(row.createdAt),
  createdBy: row.createdBy,
  document: row.document,
});

/**
 * A county office may extend the deadline of one applicant only if that Nav office is in its own area, as the
 * server's register of Nav offices has it (an office it does not know is not shown to be in the area). The
 * directorate handles national trials from anywhere.
 */
async function outsideArea(db: Queryable, p: Principal, appliesTo: DeadlineExtension['appliesTo']) {
  if (p.role !== 'county-caseworker' || appliesTo.scope !== 'applicant') return [];
  const office = await findNavOffice(db, appliesTo.organisationNumber);
  return office?.countyOfficeId === p.countyOfficeId
    ? []
    : [
        issue(
          'EXTENSION_OUTSIDE_AREA',
          '/appliesTo/organisationNumber',
          'Organisasjonsnummer: er ikke et Nav-kontor i ditt embetes område',
        ),
      ];
}

/** Extended application deadlines: a county office may move its own applicants' deadline (DOMAIN.md). */
export function extensionHandlers(ctx: AppContext) {
  return handlers({
    listDeadlineExtensions: async ({ params }) => ({
      status: 200,
      body: { items: (await listExtensions(ctx.db, callOf(params.callId).id)).map(publicView) },
    }),

    listDeadlineExtensionRecords: async ({ principal: p, params }) => {
      const call = callOf(params.callId);
      if (!ACCESS_MATRIX.handler.includes(p.role))
        throw forbidden('Bare statsforvalterne og direktoratet ser hvem som utsatte fristen og hvorfor.');
      return { status: 200, body: { items: (await listExtensions(ctx.db, call.id)).map(view) } };
    },

    recordDeadlineExtension: async ({ principal: p, params, body }) => {
      const call = callOf(params.callId);
      if (!ACCESS_MATRIX.handler.includes(p.role))
        throw forbidden('Bare statsforvalteren eller direktoratet kan utsette fristen.');
      const doc = validDocument(body(), 'deadline-extension');
      const own = p.role === 'directorate' ? 'directorate' : `county-office:${p.countyOfficeId}`;
      const issues = [
        ...(doc.callId !== call.id
          ? [issue('CALL_MISMATCH', '/callId', `Utlysning: skal være ${call.id}`)]
          : []),
        ...(authorityKey(doc.grantedBy) !== own
          ? [
              issue(
                'AUTHORITY_MISMATCH',
                '/grantedBy',
                'Gitt av: du kan bare utsette fristen for ditt eget embete',
              ),
            ]
          : []),
      ];
      issues.push(...(await outsideArea(ctx.db, p, doc.appliesTo)));
      if (issues.length) throw invalidDocument(issues);
      const row = await insertExtension(ctx.db, {
        id: randomUUID(),
        callId: call.id,
        document: doc,
        createdAt: ctx.now(),
        createdBy: actorOf(p),
      });
      return { status: 201, body: view(row) };
    },
  });
}
