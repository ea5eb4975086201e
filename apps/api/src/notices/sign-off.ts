import type { Operations } from '@sosialtilskudd/api-contract';
import { findCall } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import type { Queryable } from '../db/database.js';
import { HttpProblem, issue } from '../http/problems.js';
import type { ApplicationRow } from '../repository/rows.js';
import { casePageLink, factsOf } from './derive.js';
import { addNotice, officeStandard } from './notices.js';
import { longDate } from './texts.js';

/** The signers a sign-off request names, with their addresses. */
export type SignerNotices = NonNullable<
  NonNullable<z.output<Operations['requestSigning']['body']>>['notify']
>;

/** One address per signer's role: a second for the same role is refused at its field. */
export function requireOnePerRole(notify: SignerNotices): void {
  const twice = notify.findIndex((n, i) => notify.findIndex((m) => m.role === n.role) < i);
  if (twice < 0) return;
  throw new HttpProblem(422, 'SIGNING_NOTICE_ROLE_TWICE', 'Én e-postadresse per rolle', undefined, [
    issue(
      'SIGNING_NOTICE_ROLE_TWICE',
      `/notify/${twice}/role`,
      'Varsel om signering: hver rolle får varsel på én adresse',
      'Varsel om signering: kvar rolle får varsel på éi adresse',
    ),
  ]);
}

/**
 * The sign-off request notices (§ 7) of one round, added with the request in its transaction: one per signer named,
 * in the office's written standard, linking to the case page where the application is read and signed. The key
 * names the round by the case's revision the request made, so the notice goes once, and a new request after the
 * draft was opened again (a later revision) notifies again.
 */
export async function addSignOffNotices(
  db: Queryable,
  app: ApplicationRow,
  notify: SignerNotices,
  portalUrl: string,
  requestedAt: Date,
): Promise<void> {
  if (notify.length === 0) return;
  const language = await officeStandard(db, app.organisationNumber);
  const deadline = findCall(app.callId)?.applicationDeadline.date;
  const date = deadline ? longDate(deadline) : undefined;
  for (const { role, email } of notify)
    await addNotice(
      db,
      {
        key: `sign-off-request:${app.id}:${app.revision}:${role}`,
        kind: 'sign-off-request',
        applicationId: app.id,
        recipient: email,
        language,
        facts: factsOf(app, '', casePageLink(portalUrl, app), date),
      },
      requestedAt,
    );
}
