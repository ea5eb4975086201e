import type { Schemas } from '@sosialtilskudd/api-client';
import { type Call, deadlineEnd, osloDate } from '@sosialtilskudd/domain';
import { DRAFTER_ROLES } from '../auth/guard.js';

type Summary = Schemas['ApplicationSummary'];
type Role = Schemas['Principal']['role'];

export type DueItem =
  | { kind: 'application'; call: Call; deadline: string }
  | {
      kind: 'draft' | 'signature' | 'acceptance' | 'report';
      application: Summary;
      deadline: string | undefined;
    };

/** Who on the applicant's side does what (§ 7, § 10, § 11): staff and head write, the head and the chief executive sign. */
const writes = (role: Role) => DRAFTER_ROLES.includes(role);

/** Calls whose application deadline has not passed at `now` (Oslo time, with the deadline's own time of day). */
export function openCalls(calls: readonly Call[], now: Date): Call[] {
  return calls.filter((call) => deadlineEnd(call.applicationDeadline).getTime() >= now.getTime());
}

/**
 * What the person must do next, earliest deadline first, by their role: staff apply under an open call, finish
 * a draft and report by the call's reporting deadline (§ 11); the Nav office head and the chief executive sign a
 * draft that waits for them (§ 7); the chief executive accepts a grant by the letter's deadline (§ 10).
 */
export function dueItems(
  role: Role,
  applications: readonly Summary[],
  calls: readonly Call[],
  acceptanceDeadlines: ReadonlyMap<string, string>,
  now: Date,
): DueItem[] {
  const callOf = (id: string) => calls.find((c) => c.id === id);
  // An office may apply for several measures under one call, so an open call stays on the list.
  const open = openCalls(calls, now);
  const items: DueItem[] = [
    ...(writes(role)
      ? open.map((call): DueItem => ({ kind: 'application', call, deadline: call.applicationDeadline.date }))
      : []),
    ...applications.flatMap((application): DueItem[] => {
      const call = callOf(application.callId);
      const deadline = call?.applicationDeadline.date;
      switch (application.state) {
        case 'draft':
          return [
            ...(application.awaitingSignatureFrom.includes(role as never)
              ? [{ kind: 'signature' as const, application, deadline }]
              : []),
            ...(writes(role) ? [{ kind: 'draft' as const, application, deadline }] : []),
          ];
        case 'granted':
          return role === 'municipal-executive'
            ? [{ kind: 'acceptance', application, deadline: acceptanceDeadlines.get(application.id) }]
            : [];
        case 'paid':
          // Due once the grant year is over: the accounts are per 31 December (§ 11).
          return writes(role) && call && osloDate(now) > `${call.year}-12-31`
            ? [{ kind: 'report', application, deadline: call.reportingDeadline?.date }]
            : [];
        default:
          return [];
      }
    }),
  ];
  return items.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
}

/** Whole days from today (Oslo) to a deadline date; negative once it has passed. */
export function daysUntil(deadline: string, now: Date): number {
  const today = Date.parse(`${osloDate(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / 86_400_000);
}
