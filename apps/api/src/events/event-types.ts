/**
 * The CloudEvents `type` of each audited action. Reverse-DNS prefixed as CloudEvents recommends, and made of
 * `[a-z0-9_]` identifiers between full stops as Standard Webhooks recommends for event types.
 */
export const EVENT_TYPES = {
  create: 'no.sosialtilskudd.application.created',
  submit: 'no.sosialtilskudd.application.submitted',
  correction: 'no.sosialtilskudd.application.corrected',
  withdraw: 'no.sosialtilskudd.application.withdrawn',
  assign: 'no.sosialtilskudd.case.assigned',
  grant: 'no.sosialtilskudd.case.granted',
  reject: 'no.sosialtilskudd.case.rejected',
  letter: 'no.sosialtilskudd.letter.issued',
  accept: 'no.sosialtilskudd.acceptance.received',
  pay: 'no.sosialtilskudd.payment.registered',
  report: 'no.sosialtilskudd.status_report.received',
  reportFinal: 'no.sosialtilskudd.final_report.received',
  'transfer-request': 'no.sosialtilskudd.transfer.requested',
  'transfer-decision': 'no.sosialtilskudd.transfer.decided',
  claimRepayment: 'no.sosialtilskudd.repayment.claimed',
  lapse: 'no.sosialtilskudd.case.lapsed',
  close: 'no.sosialtilskudd.case.closed',
  message: 'no.sosialtilskudd.message.sent',
} as const;

export type EventAction = keyof typeof EVENT_TYPES;
export type EventType = (typeof EVENT_TYPES)[EventAction];

/** An action added later without a type of its own is still an event: `case.changed`, with its action in data. */
export const OTHER_CHANGE = 'no.sosialtilskudd.case.changed';

export const eventTypeOf = (action: string): string =>
  Object.hasOwn(EVENT_TYPES, action) ? EVENT_TYPES[action as EventAction] : OTHER_CHANGE;
