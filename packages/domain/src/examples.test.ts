import { describe, expect, it } from 'vitest';
import { CALLS } from './calls/data.js';
import { exampleDocument, exampleNationalTrialApplication, exampleNotStartedReport } from './examples.js';
import { DOCUMENT_TYPE_NAMES } from './registry.js';
import { validateDocument } from './validate.js';

describe('examples', () => {
  const cases = CALLS.flatMap((call) => DOCUMENT_TYPE_NAMES.map((type) => [type, call.id, call] as const));
  it.each(cases)('%s under %s is valid', (type, _id, call) => {
    const result = validateDocument(exampleDocument(type, call));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the national-trial application of 2023 goes to the directorate and is valid', () => {
    const call = CALLS.find((c) => c.nationalTrials.length > 0);
    expect(call).toBeDefined();
    if (call) expect(validateDocument(exampleNationalTrialApplication(call)).issues).toEqual([]);
  });

  it('the short not-started report is valid', () => {
    expect(validateDocument(exampleNotStartedReport()).issues).toEqual([]);
  });
});
