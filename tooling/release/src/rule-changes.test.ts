import { describe, expect, it } from 'vitest';
import { currentValidDocuments } from './baseline.ts';
import { currentRules, diffRules, refusedReleasedDocuments } from './rule-changes.ts';

const released = new Set(['application', 'status-report']);

describe('rule changes since the release', () => {
  it('finds none when the rules are the same', () => {
    const rules = { BUDGET_NOTHING_REQUESTED: ['application'] };
    expect(diffRules(rules, rules, released)).toEqual([]);
  });

  it.each([
    ['a new rule on a released document type', {}, { NEW_RULE: ['application'] }, 'breaking'],
    [
      'a rule extended to another released document type',
      { SHARED: ['application'] },
      { SHARED: ['application', 'status-report'] },
      'breaking',
    ],
    ['a new rule on a document type new since the release', {}, { NEW_RULE: ['new-type'] }, 'compatible'],
    ['a rule removed', { OLD_RULE: ['application'] }, {}, 'compatible'],
  ])('%s is %s', (_label, before, after, severity) => {
    const changes = diffRules(before, after, released);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.severity).toBe(severity);
  });

  it('names the rule and the document type', () => {
    expect(diffRules({}, { NEW_RULE: ['application'] }, released)).toEqual([
      {
        code: 'NEW_RULE',
        documentType: 'application',
        severity: 'breaking',
        message: 'Rule NEW_RULE added: it can refuse a document the release accepted',
      },
    ]);
  });

  it('reads the domain’s catalogue: every rule with the document types it judges', () => {
    const rules = currentRules();
    expect(rules.APPLICATION_AFTER_DEADLINE).toEqual(['application']);
    expect(rules.ACCOUNTS_DUPLICATE_LINE).toEqual(['status-report', 'final-report']);
  });
});

describe('documents the release accepted, judged again', () => {
  it('finds nothing to say about today’s valid documents', () => {
    expect(refusedReleasedDocuments(currentValidDocuments())).toEqual([]);
  });

  it('reports each issue a released document now gets as breaking, naming the document and the rule', () => {
    const released = currentValidDocuments().find((d) => d.name === 'application-2024');
    if (!released) throw new Error('application-2024 expected');
    // As if the release had accepted 30 000 in competence funds and a rule or call now caps them at 20 000.
    const document = structuredClone(released.document) as { budget: { competenceFunds: number } };
    document.budget.competenceFunds = 30_000;
    expect(refusedReleasedDocuments([{ ...released, document }])).toEqual([
      {
        code: 'BUDGET_COMPETENCE_FUNDS_OVER_CAP',
        documentType: 'application',
        severity: 'breaking',
        message:
          "BUDGET_COMPETENCE_FUNDS_OVER_CAP at '/budget/competenceFunds' refuses 'application-2024', which the release accepted",
      },
    ]);
  });
});
