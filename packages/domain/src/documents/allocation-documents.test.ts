import { describe, expect, it } from 'vitest';
import { exampleApproval, exampleAssessment, exampleFrame } from '../examples.js';
import { approvalState, approverRole } from './approval.js';
import { assessmentScore, MAX_ASSESSMENT_SCORE, proposedAmount } from './assessment.js';
import { framesInForce } from './frame.js';

describe('assessment', () => {
  it('totals the criterion scores on the stated scale (8 criteria × 0–3)', () => {
    expect(MAX_ASSESSMENT_SCORE).toBe(24);
    expect(assessmentScore(exampleAssessment())).toBe(18);
  });

  it('a rejection proposes nothing', () => {
    const a = exampleAssessment();
    expect(proposedAmount(a)).toBe(1_125_000);
    expect(
      proposedAmount({ ...a, proposal: { recommendation: 'reject', reasons: ['ikke-prioritert'] } }),
    ).toBe(0);
  });
});

describe('approval', () => {
  it('is proposed until a second person approves it or returns it', () => {
    const { resolution, ...proposed } = exampleApproval();
    expect(approvalState(proposed)).toBe('proposed');
    expect(approvalState({ ...proposed, resolution })).toBe('approved');
  });

  it('is approved by the county approver, or within the directorate for national trials', () => {
    expect(approverRole({ kind: 'county-office', countyOfficeId: 'innlandet' })).toBe('county-approver');
    expect(approverRole({ kind: 'directorate' })).toBe('directorate');
  });
});

describe('framesInForce', () => {
  it('keeps the highest version of each frame', () => {
    const v1 = exampleFrame();
    const v2 = { ...v1, version: 2, amount: 7_800_000, changeReason: 'Økt ramme.' };
    const other = { ...v1, id: 'fullmakt-2025-agder' };
    expect(framesInForce([v2, v1, other])).toEqual([v2, other]);
  });
});
