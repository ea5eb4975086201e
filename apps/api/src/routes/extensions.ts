import { randomUUID } from 'node:crypto';
import { findCall } from '@sosialtilskudd/domain';
import { actorOf } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { forbidden, invalidDocument, issue, notFound } from '../http/problems.js';
import { type ExtensionRow, insertExtension, listExtensions } from '../repository/extensions.js';
import { authorityKey, iso } from '../repository/rows.js';

function callOf(callId: string) {
  const call = findCall(callId);
  if (!call) throw notFound();
  return call;
}

const view = (row: ExtensionRow) => ({
  id: row.id,
  createdAt: iso(row.createdAt),
  createdBy: row.createdBy,
  document: row.document,
});

/** Extended application deadlines: a county office may move its own applicants' deadline (DOMAIN.md). */
export function extensionHandlers(ctx: AppContext) {
  return handlers({
    listDeadlineExtensions: async ({ params }) => ({
      status: 200,
      body: { items: (await listExtensions(ctx.db, callOf(params.callId).id)).map(view) },
    }),

    recordDeadlineExtension: async ({ principal: p, params, body }) => {
      const call = callOf(params.callId);
      if (p.role === 'nav-office')
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
