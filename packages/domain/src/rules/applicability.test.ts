import { describe, expect, it } from 'vitest';
import { findCall } from '../calls/data.js';
import {
  exampleAcceptance,
  exampleApplication,
  exampleAssessment,
  exampleCaseDecision,
  exampleGrantLetter,
  examplePayment,
  exampleRepaymentClaim,
} from '../examples.js';
import { validateDocument } from '../validate.js';

const call = (id: string) => {
  const c = findCall(id);
  if (!c) throw new Error(id);
  return c;
};
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('notChecked lists exactly the rules that apply and cannot be judged', () => {
  it('a new measure is not asked for last year’s report', () => {
    const result = validateDocument(exampleApplication());
    expect(result.notChecked).toEqual([]);
  });

  it('a continuation without last year’s report in the context lists the rule', () => {
    const rusarbeid = validateDocument(exampleApplication(call('kommunalt-rusarbeid-2024')), {
      context: { previousGrantYears: [2021] },
    });
    expect(rusarbeid.notChecked).toEqual(['CONTINUATION_REPORT_MISSING']);
  });

  it('a cap the sources do not give is listed where the document asks for money under it, and only then', () => {
    const application2022 = exampleApplication(call('utvikling-sosiale-tjenester-2022'));
    expect(validateDocument(application2022).notChecked).toEqual(['BUDGET_POSITION_OVER_CAP']);
    const application2023 = exampleApplication(call('utvikling-sosiale-tjenester-2023'));
    expect(validateDocument(application2023).notChecked.sort()).toEqual([
      'BUDGET_COMPETENCE_FUNDS_OVER_CAP',
      'BUDGET_POSITION_OVER_CAP',
    ]);
    const withoutCompetence = {
      ...application2023,
      budget: { ...application2023.budget, competenceFunds: 0 },
    };
    expect(validateDocument(withoutCompetence).notChecked).toEqual(['BUDGET_POSITION_OVER_CAP']);
  });

  it('a kommunalt rusarbeid letter citing the other scheme’s regulation is listed, not passed', () => {
    const letter = { ...exampleGrantLetter(call('kommunalt-rusarbeid-2024')) };
    letter.legalBasis = { ...letter.legalBasis, regulationId: 'FOR-2020-12-15-2787' };
    const result = validateDocument(letter);
    expect(result.issues).toEqual([]);
    expect(result.notChecked).toContain('LETTER_LEGAL_BASIS');
    expect(result.notChecked).toContain('GRANT_REPORTING_DEADLINE_MISMATCH');
  });

  it('an acceptance without the deprecated amount is not judged against the letter’s amount', () => {
    expect(validateDocument(exampleAcceptance()).notChecked).toEqual(['ACCEPTANCE_LATE']);
  });

  it('a repayment under kommunalt rusarbeid lists the chapter and post no source gives, and still judges the scheme', () => {
    const claim = exampleRepaymentClaim(call('kommunalt-rusarbeid-2024'));
    expect(
      validateDocument(claim, {
        context: { application: exampleApplication(call('kommunalt-rusarbeid-2024')) },
      }).notChecked,
    ).toEqual(['REPAYMENT_REFERENCE_MISSING']);
    const wrong = {
      ...claim,
      payTo: {
        ...claim.payTo,
        reference: { ...claim.payTo.reference, scheme: 'Utvikling av sosiale tjenester' },
      },
    };
    expect(codes(validateDocument(wrong))).toEqual(['REPAYMENT_REFERENCE_MISSING']);
  });

  it('a payment judged against the letter alone is refused when it exceeds it, not checked when within it', () => {
    const grantLetter = exampleGrantLetter();
    const within = validateDocument(examplePayment(), { context: { grantLetter } });
    expect(within.issues).toEqual([]);
    expect(within.notChecked).toContain('PAYMENT_EXCEEDS_GRANT');
    const over = {
      ...examplePayment(),
      grantedAmount: grantLetter.amount + 1,
      amount: grantLetter.amount + 1,
    };
    expect(codes(validateDocument(over, { context: { grantLetter } }))).toEqual([
      'PAYMENT_EXCEEDS_GRANT',
      'PAYMENT_EXCEEDS_GRANT',
    ]);
  });
});

describe('rules judge what the document itself shows, and list only what it cannot', () => {
  it('a grant letter from another county office than the recipient’s municipalities is refused without the application', () => {
    const letter = exampleGrantLetter();
    const fromVestland = {
      ...letter,
      issuer: { kind: 'county-office' as const, countyOfficeId: 'vestland' as const },
    };
    expect(codes(validateDocument(fromVestland))).toEqual(['CASE_AUTHORITY_MISMATCH']);
    expect(validateDocument(letter).notChecked).not.toContain('CASE_AUTHORITY_MISMATCH');
    // Whether the directorate writes for a national trial is the application's to say.
    const fromDirectorate = { ...letter, issuer: { kind: 'directorate' as const } };
    expect(validateDocument(fromDirectorate).notChecked).toContain('CASE_AUTHORITY_MISMATCH');
  });

  it('a rejection is not compared with what was applied for, nor asked for last year’s report', () => {
    const rejected = {
      ...exampleCaseDecision(),
      outcome: { result: 'rejected' as const, reasons: ['ikke-prioritert' as const] },
    };
    const { notChecked } = validateDocument(rejected);
    expect(notChecked).not.toContain('GRANT_EXCEEDS_REQUESTED');
    expect(notChecked).not.toContain('DECISION_CONTINUATION_WITHOUT_REPORT');
    expect(notChecked).toContain('CASE_AUTHORITY_MISMATCH');
  });

  it.each([
    ['utvikling-sosiale-tjenester-2024', []],
    ['utvikling-sosiale-tjenester-2021', []],
    ['utvikling-sosiale-tjenester-2025', ['CONTINUATION_PREVIOUS_CALL']],
    ['utvikling-sosiale-tjenester-2026', ['CONTINUATION_PREVIOUS_CALL']],
    ['kommunalt-rusarbeid-2024', ['CONTINUATION_PREVIOUS_CALL']],
  ])('a continuation of %s in 2025 gives %j', (previousCallId, expected) => {
    const doc = exampleApplication();
    const continuation = {
      ...doc,
      kind: 'continuation' as const,
      measure: { ...doc.measure, yearOfMeasure: 2 },
      continuation: { previousCaseNumber: '2024/1234', previousCallId },
    };
    expect(codes(validateDocument(continuation))).toEqual(expected);
  });

  it('a continuation naming a call no data or convention knows is listed, not judged', () => {
    const doc = exampleApplication();
    const result = validateDocument({
      ...doc,
      kind: 'continuation',
      measure: { ...doc.measure, yearOfMeasure: 2 },
      continuation: { previousCaseNumber: '2024/1234', previousCallId: 'fylkets-egen-ordning-2024' },
    });
    expect(result.issues).toEqual([]);
    expect(result.notChecked).toContain('CONTINUATION_PREVIOUS_CALL');
  });

  it('an assessment under a year whose rate no source gives lists the rate rule', () => {
    const call2023 = call('utvikling-sosiale-tjenester-2023');
    const result = validateDocument(exampleAssessment(call2023), {
      context: { application: exampleApplication(call2023) },
    });
    expect(result.notChecked).toContain('ASSESSMENT_OVER_POSITION_CAP');
  });
});

describe('the county office is judged by every municipality the Nav office serves', () => {
  const withMunicipalities = (municipalities: string[]) => {
    const doc = exampleApplication();
    return validateDocument({ ...doc, applicant: { ...doc.applicant, municipalities } });
  };

  it.each([[['3407', '4601']], [['4601', '3407']], [['3405', '3407', '4601']], [['4601', '3405', '3407']]])(
    '%j addressed to Innlandet is refused, whatever the order',
    (municipalities) => {
      expect(codes(withMunicipalities(municipalities))).toEqual(['APPLICATION_WRONG_COUNTY_OFFICE']);
    },
  );

  it.each([[['3407', '3405']], [['3405', '3407']]])('%j, all in Innlandet, is accepted', (municipalities) => {
    expect(withMunicipalities(municipalities).issues).toEqual([]);
  });

  it('names the municipality and its office', () => {
    const [issue] = withMunicipalities(['4601', '3407']).issues;
    expect(issue?.message).toBe(
      'Statsforvalter: Kommune 4601 hører til Statsforvalteren i Vestland: søknaden skal sendes dit, ikke til Statsforvalteren i Innlandet',
    );
  });
});

describe('legal basis in other systems’ words', () => {
  const withBasis = (regulationId: string) =>
    validateDocument({
      ...exampleGrantLetter(),
      legalBasis: { ...exampleGrantLetter().legalBasis, regulationId },
    });

  it.each([
    'FOR-2020-12-15-2787',
    'Forskrift 15. desember 2020 nr. 2787 om tilskudd til utvikling av de sosiale tjenestene i NAV-kontoret',
    'forskrift av 15.12.2020 nr. 2787',
    'https://lovdata.no/LTI/forskrift/2020-12-15-2787',
  ])('accepts «%s»', (regulationId) => {
    expect(codes(withBasis(regulationId))).not.toContain('LETTER_LEGAL_BASIS');
  });

  it.each(['FOR-2021-01-01-1', 'Forskrift 15. desember 2020 nr. 2788', 'Kunngjøringen'])(
    'refuses «%s»',
    (regulationId) => {
      expect(codes(withBasis(regulationId))).toContain('LETTER_LEGAL_BASIS');
    },
  );
});
