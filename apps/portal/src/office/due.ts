import type { Schemas } from '@sosialtilskudd/api-client';
import { type Call, deadlineEnd, osloDate } from '@sosialtilskudd/domain';

type Summary = Schemas['ApplicationSummary'];

export type DueItem =
  | { kind: 'application'; call: Call; deadline: string }
  | { kind: 'draft' | 'acceptance' | 'report'; application: Summary; deadline: string | undefined };

/** Calls whose application deadline has not passed at `now` (Oslo time, with the deadline's own time of day). */
export function openCalls(calls: readonly Call[], now: Date): Call[] {
  return calls.filter((call) => deadlineEnd(call.applicationDeadline).getTime() >= now.getTime());
}

/**
 * What a Nav office must do next, earliest deadline first: apply under an open call, finish a draft, accept a
 * grant by the letter's deadline (§ 10), and report by the call's reporting deadline once the grant year is over
 * (§ 11).
 */
export function dueItems(
  applications: readonly Summary[],
  calls: readonly Call[],
  acceptanceDeadlines: ReadonlyMap<string, string>,
  now: Date,
): DueItem[] {
  const callOf = (id: string) => calls.find((c) => c.id === id);
  // An office may apply for several measures under one call, so an open call stays on the list.
  const open = openCalls(calls, now);
  const items: DueItem[] = [
    ...open.map((call): DueItem => ({ kind: 'application', call, deadline: call.applicationDeadline.date })),
    ...applications.flatMap((application): DueItem[] => {
      const call = callOf(application.callId);
      switch (application.state) {
        case 'draft':
          return [{ kind: 'draft', application, deadline: call?.applicationDeadline.date }];
        case 'granted':
          return [{ kind: 'acceptance', application, deadline: acceptanceDeadlines.get(application.id) }];
        case 'paid':
          // Due once the grant year is over: the accounts are per 31 December (§ 11).
          return call && osloDate(now) > `${call.year}-12-31`
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
