import { randomUUID } from 'node:crypto';
import { findCall } from '@sosialtilskudd/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { forbidden, invalidDocument, issue, notFound } from '../http/problems.js';
import { insertExtension, listExtensions } from '../repository/extensions.js';
import { authorityKey, iso } from '../repository/rows.js';

function callOf(request: FastifyRequest) {
  const call = findCall(String((request.params as { callId: string }).callId));
  if (!call) throw notFound();
  return call;
}

const view = (row: Awaited<ReturnType<typeof listExtensions>>[number]) => ({
  id: row.id,
  createdAt: iso(row.createdAt),
  createdBy: row.createdBy,
  document: row.document,
});

/** Extended application deadlines: a county office may move its own applicants' deadline (DOMAIN.md). */
export function extensionRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/v1/calls/:callId/extensions', async (request) => ({
    items: (await listExtensions(ctx.db, callOf(request).id)).map(view),
  }));

  app.post('/v1/calls/:callId/extensions', { config: { body: true } }, async (request, reply) => {
    const p = await ctx.authenticate(request);
    const call = callOf(request);
    if (p.role === 'nav-office')
      throw forbidden('Bare statsforvalteren eller direktoratet kan utsette fristen.');
    const doc = validDocument(request.body, 'deadline-extension');
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
    return reply.code(201).send(view(row));
  });
}
