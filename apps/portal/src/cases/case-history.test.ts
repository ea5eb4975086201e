import { CASE_EVENTS } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { actionInWords } from './case-history.js';

const event = (action: string, fromState: string | null = null, toState: string | null = null) =>
  ({
    id: 1,
    applicationId: '00000000-0000-4000-8000-000000000001',
    at: '2025-01-27T08:00:00Z',
    actor: { sub: 'dev:x', name: 'X', role: 'county-caseworker' },
    action,
    fromState,
    toState,
    detail: null,
  }) as Parameters<typeof actionInWords>[0];

describe('the case log in words', () => {
  it('has words in both languages for every lifecycle event', () => {
    for (const action of Object.keys(CASE_EVENTS)) {
      expect(actionInWords(event(action), 'nb'), action).not.toMatch(/^Endring i saken$/);
      expect(actionInWords(event(action), 'nn'), action).not.toMatch(/^Endring i saka$/);
    }
  });

  it('says what an entry it has no words for did, never the code', () => {
    expect(actionInWords(event('future-thing', 'submitted', 'granted'), 'nb')).toBe(
      'Status endret til innvilget',
    );
    expect(actionInWords(event('future-thing', 'paid', 'paid'), 'nn')).toBe('Endring i saka');
  });
});
