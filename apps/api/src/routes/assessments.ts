import { type Assessment, authorityKey, osloDate, roundAssessment } from '@sosialtilskudd/domain';
import { requireAccess } from '../auth/access.js';
import { actorOf } from '../auth/principal.js';
import { contextFor } from '../cases/history.js';
import { nextState } from '../cases/lifecycle.js';
import { fileDocument } from '../cases/records.js';
import { requireDecisionReference } from '../cases/references.js';
import { authorityParty } from '../events/event-data.js';
import type { AppContext } from '../http/context.js';
import { validDocument } from '../http/documents.js';
import { handlers } from '../http/operations.js';
import { invalidDocument, issue } from '../http/problems.js';
import { recordView } from '../http/views.js';
import { findApplication } from '../repository/applications.js';
import { documentHistory, latestDocument } from '../repository/documents.js';

/**
 * The county office's assessment of a case before it decides (§ 5, § 8): a structured document judged by the
 * domain's rules with the application as context, filed on the case as a record that a later assessment
 * supersedes. It is the authority's working document, so the applicant does not read it.
 */
export function assessmentHandlers(ctx: AppContext) {
  return handlers({
    recordAssessment: async ({ principal: p, params: { applicationId: id }, body }) => {
      const record = await ctx.db.transaction(async (tx) => {
        const current = requireAccess(p, await findApplication(tx, id, true), 'handler');
        // Assessed while it can still be decided: once decided, the assessment would change nothing.
        nextState(current, 'grant');
        const doc = validDocument(
          body(),
          'assessment',
          await contextFor(tx, 'assessment', id, current.document),
        );
        requireDecisionReference(current, doc);
        if (authorityKey(doc.assessedBy.authority) !== current.authority) {
          const name = authorityParty(current.authority, osloDate(ctx.now())).name;
          throw invalidDocument([
            issue(
              'CASE_AUTHORITY_MISMATCH',
              '/assessedBy/authority',
              `Vurdert av: saken vurderes av ${name}, som behandler den (§ 8)`,
              `Vurdert av: saka blir vurdert av ${name}, som handsamar henne (§ 8)`,
            ),
          ]);
        }
        const previous = await latestDocument(tx, id, ['assessment']);
        return fileDocument(tx, current, {
          type: 'assessment',
          document: doc,
          actor: actorOf(p),
          now: ctx.now(),
          action: 'assess',
          detail: { documentId: doc.id, documentType: 'assessment' },
          facts: roundAssessment(doc),
          ...(previous ? { supersedes: previous.id } : {}),
        });
      });
      return { status: 201, body: recordView(record) };
    },

    listAssessments: async ({ principal: p, params: { applicationId: id } }) => {
      requireAccess(p, await findApplication(ctx.db, id), 'auditor');
      return {
        status: 200,
        body: { items: (await documentHistory<Assessment>(ctx.db, id, 'assessment')).map(recordView) },
      };
    },
  });
}
