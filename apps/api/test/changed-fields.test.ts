import { exampleApplication } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { changedFields } from '../src/cases/changed-fields.js';

describe('changedFields', () => {
  const before = exampleApplication();

  it('names the fields that differ, not the objects around them', () => {
    const after = {
      ...before,
      measure: { ...before.measure, name: 'Nytt navn' },
      budget: {
        ...before.budget,
        positions: before.budget.positions.map((p, i) => (i === 1 ? { ...p, salary: p.salary + 1 } : p)),
      },
    };
    expect(changedFields(before, after)).toEqual({
      fields: ['/measure/name', '/budget/positions/1/salary'],
      more: 0,
    });
  });

  it('a line added or removed is a change to the list; a field left out or added is a change to the field', () => {
    const { intermunicipalCooperation: _i, ...withoutOptional } = {
      ...before,
      intermunicipalCooperation: undefined,
    };
    const after = { ...withoutOptional, otherGrants: [], nationalTrialId: 'ssa' };
    expect(changedFields(before, after).fields).toEqual(['/otherGrants', '/nationalTrialId']);
  });

  it('nothing changed is no field; past the limit the rest is counted', () => {
    expect(changedFields(before, structuredClone(before))).toEqual({ fields: [], more: 0 });
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]));
    expect(changedFields({}, many, 50)).toMatchObject({ more: 10 });
  });
});
