import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  CASE_EVENTS,
  CASE_STATES,
  type CaseEvent,
  type CaseState,
  isTerminal,
  transition,
} from './lifecycle.js';

describe('case lifecycle', () => {
  it('walks the whole life of a grant', () => {
    const path: CaseEvent[] = ['submit', 'grant', 'accept', 'pay', 'report', 'reportFinal', 'close'];
    let state: CaseState = 'draft';
    for (const event of path) {
      const r = transition(state, event);
      if (!r.ok) throw new Error(r.message);
      state = r.state;
    }
    expect(state).toBe('closed');
  });

  it.each([
    ['draft', 'pay'],
    ['submitted', 'pay'],
    ['granted', 'pay'],
    ['rejected', 'accept'],
    ['closed', 'submit'],
    ['withdrawn', 'submit'],
    ['paid', 'grant'],
  ] as const)('refuses %s → %s with LIFECYCLE_ILLEGAL_TRANSITION', (state, event) => {
    const r = transition(state, event);
    expect(r).toMatchObject({ ok: false, code: 'LIFECYCLE_ILLEGAL_TRANSITION' });
  });

  it('refuses unknown events with LIFECYCLE_UNKNOWN_EVENT', () => {
    expect(transition('draft', 'approve')).toMatchObject({ ok: false, code: 'LIFECYCLE_UNKNOWN_EVENT' });
    expect(transition('draft', 'toString')).toMatchObject({ ok: false, code: 'LIFECYCLE_UNKNOWN_EVENT' });
  });

  it('payment is only possible after acceptance (§ 10)', () => {
    const before = CASE_STATES.filter((s) => allowedEvents(s).includes('pay'));
    expect(before).toEqual(['accepted']);
  });

  it('rejected, withdrawn and closed are terminal; every state is reachable from draft', () => {
    expect(CASE_STATES.filter(isTerminal)).toEqual(['withdrawn', 'rejected', 'closed']);
    const reached = new Set<CaseState>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of Object.values(CASE_EVENTS))
        if (e.from.some((s) => reached.has(s)) && !reached.has(e.to)) {
          reached.add(e.to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...CASE_STATES].sort());
  });
});
