import { describe, expect, it } from 'vitest';
import { exampleCaseDecision } from '../examples.js';
import { validateDocument } from '../validate.js';

const explanation =
  'Rammen for året er brukt til tiltak som svarer bedre på de særskilt prioriterte områdene.';
const rejected = (outcome: object) => ({
  ...exampleCaseDecision(),
  outcome: { result: 'rejected', reasons: ['ikke-prioritert'], ...outcome },
});

describe('a rejection decision', () => {
  it('may keep what the caseworker wrote about each reason, for the letter', () => {
    const withWords = rejected({ explanations: [{ reason: 'ikke-prioritert', explanation }] });
    expect(validateDocument(withWords, { type: 'case-decision' }).issues).toEqual([]);
    expect(validateDocument(rejected({}), { type: 'case-decision' }).issues).toEqual([]);
  });

  it('refuses an explanation without words or for a reason that is not one', () => {
    const issues = validateDocument(
      rejected({
        explanations: [
          { reason: 'ikke-prioritert', explanation: '' },
          { reason: 'for-dyrt', explanation },
        ],
      }),
      { type: 'case-decision' },
    ).issues.map((i) => i.path);
    expect(issues).toEqual(['/outcome/explanations/0/explanation', '/outcome/explanations/1/reason']);
  });
});
