/**
 * The life of one grant case (one application for one year). A continuation next year is a new case.
 * Every transition names the document or act that causes it and the regulation's § behind it.
 */
export const CASE_STATES = [
  'draft',
  'submitted',
  'withdrawn',
  'granted',
  'rejected',
  'accepted',
  'paid',
  'reported',
  'final-reported',
  'repayment-claimed',
  'lapsed',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_EVENTS = {
  submit: { from: ['draft'], to: 'submitted', source: '§ 7' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn', source: '§ 7' },
  grant: { from: ['submitted'], to: 'granted', source: '§ 8' },
  reject: { from: ['submitted'], to: 'rejected', source: '§ 8' },
  accept: { from: ['granted'], to: 'accepted', source: '§ 10' },
  pay: { from: ['accepted'], to: 'paid', source: '§ 10' },
  report: { from: ['paid'], to: 'reported', source: '§ 11' },
  reportFinal: { from: ['paid', 'reported'], to: 'final-reported', source: '§ 11' },
  claimRepayment: { from: ['reported', 'final-reported', 'lapsed'], to: 'repayment-claimed', source: '§ 10' },
  lapse: { from: ['granted', 'accepted', 'paid', 'reported'], to: 'lapsed', source: '§ 13' },
  close: { from: ['reported', 'final-reported', 'repayment-claimed'], to: 'closed', source: '§ 11' },
} as const satisfies Record<string, { from: readonly CaseState[]; to: CaseState; source: string }>;
export type CaseEvent = keyof typeof CASE_EVENTS;

export const STATE_LABELS: Record<CaseState, string> = {
  draft: 'Utkast',
  submitted: 'Sendt inn',
  withdrawn: 'Trukket',
  granted: 'Innvilget',
  rejected: 'Avslått',
  accepted: 'Bekreftet',
  paid: 'Utbetalt',
  reported: 'Rapportert',
  'final-reported': 'Sluttrapportert',
  'repayment-claimed': 'Krav om tilbakebetaling',
  lapsed: 'Bortfalt',
  closed: 'Avsluttet',
};

export type TransitionResult =
  | { ok: true; state: CaseState }
  | { ok: false; code: 'LIFECYCLE_ILLEGAL_TRANSITION' | 'LIFECYCLE_UNKNOWN_EVENT'; message: string };

export function transition(state: CaseState, event: string): TransitionResult {
  if (!Object.hasOwn(CASE_EVENTS, event))
    return { ok: false, code: 'LIFECYCLE_UNKNOWN_EVENT', message: `Ukjent hendelse «${event}»` };
  const rule = CASE_EVENTS[event as CaseEvent];
  if (!(rule.from as readonly CaseState[]).includes(state))
    return {
      ok: false,
      code: 'LIFECYCLE_ILLEGAL_TRANSITION',
      message: `En sak som er «${STATE_LABELS[state]}» kan ikke få hendelsen «${event}» (${rule.source})`,
    };
  return { ok: true, state: rule.to };
}

export function allowedEvents(state: CaseState): CaseEvent[] {
  return (Object.keys(CASE_EVENTS) as CaseEvent[]).filter((e) =>
    (CASE_EVENTS[e].from as readonly CaseState[]).includes(state),
  );
}

export function isTerminal(state: CaseState): boolean {
  return allowedEvents(state).length === 0;
}
