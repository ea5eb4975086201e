import { describe, expect, it } from 'vitest';
import { exampleApplication } from './examples.js';
import { validateDocument } from './validate.js';

describe('validateDocument', () => {
  it('names the field in Norwegian in the message, with a JSON Pointer and a stable code', () => {
    const doc = {
      ...exampleApplication(),
      applicant: { ...exampleApplication().applicant, organisationNumber: '974541255' },
    };
    const [issue] = validateDocument(doc).issues;
    expect(issue).toMatchObject({
      code: 'ORGNR_CHECKSUM',
      path: '/applicant/organisationNumber',
      message:
        'Organisasjonsnummer: Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Sjekk alle ni sifrene',
    });
  });

  it.each([null, 42, 'tekst', [], {}, { documentType: 'application' }, { documentType: { nested: true } }])(
    'never throws on %j',
    (input) => {
      const result = validateDocument(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    },
  );

  it('reports rules it could not run for lack of context instead of passing them', () => {
    const result = validateDocument({
      ...exampleApplication(),
      kind: 'continuation',
      measure: { ...exampleApplication().measure, yearOfMeasure: 2 },
      continuation: { previousCaseNumber: '2024/1', previousCallId: 'utvikling-sosiale-tjenester-2024' },
    });
    expect(result.ok).toBe(true);
    expect(result.notChecked).toContain('CONTINUATION_REPORT_MISSING');
  });

  it('asks for the grant history only where the call is open just to earlier recipients', async () => {
    const { findCall } = await import('./calls/data.js');
    const rusarbeid = exampleApplication(findCall('kommunalt-rusarbeid-2024'));
    expect(validateDocument(rusarbeid).notChecked).toContain('CALL_NOT_ELIGIBLE');
    expect(validateDocument(exampleApplication()).notChecked).not.toContain('CALL_NOT_ELIGIBLE');
    // The call the document is judged by decides, also when the caller supplies it.
    const judgedAsRusarbeid = validateDocument(exampleApplication(), {
      context: { call: findCall('kommunalt-rusarbeid-2024') },
    });
    expect(judgedAsRusarbeid.notChecked).toContain('CALL_NOT_ELIGIBLE');
    const refused = validateDocument(rusarbeid, { context: { previousGrantYears: [] } }).issues;
    expect(refused.filter((i) => i.code === 'CALL_NOT_ELIGIBLE')).toMatchObject([
      {
        path: '/applicant/organisationNumber',
        message:
          'Organisasjonsnummer: Utlysningen «Tilskudd til kommunalt rusarbeid 2024» er bare for kommuner som fikk tilskudd i 2021',
        messageNn:
          'Organisasjonsnummer: Utlysinga «Tilskudd til kommunalt rusarbeid 2024» er berre for kommunar som fekk tilskot i 2021',
      },
    ]);
  });

  it('judges a document against another year when the caller supplies the call', async () => {
    const { findCall } = await import('./calls/data.js');
    const call = findCall('utvikling-sosiale-tjenester-2025');
    const result = validateDocument(exampleApplication(findCall('utvikling-sosiale-tjenester-2024')), {
      context: { call },
    });
    // The 2024 budget has competence funds, which 2025 does not give.
    expect(result.issues.map((i) => i.code)).toContain('BUDGET_COMPETENCE_FUNDS_NOT_IN_CALL');
  });
});

describe('unknown fields', () => {
  const withKeys = (keys: string[]) => ({
    ...exampleApplication(),
    ...Object.fromEntries(keys.map((k) => [k, 1])),
  });

  it('are UNKNOWN_FIELD at the object that has them, each named', () => {
    const [issue] = validateDocument(withKeys(['fax', 'telex'])).issues;
    expect(issue).toMatchObject({ code: 'UNKNOWN_FIELD', path: '', message: 'Ukjent felt: fax, telex' });
  });

  it('name ten of thousands and count the rest, each cut at 40 characters', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `felt${i}`);
    const [issue] = validateDocument(withKeys([`${'x'.repeat(5000)}`, ...keys])).issues;
    expect(issue?.code).toBe('UNKNOWN_FIELD');
    expect(issue?.message).toBe(
      `Ukjent felt: ${'x'.repeat(40)}…, felt0, felt1, felt2, felt3, felt4, felt5, felt6, felt7, felt8 og 29991 til`,
    );
    expect(issue?.messageNn).toBe(issue?.message);
  });
});

describe('a missing answer', () => {
  it('is REQUIRED whether the field is text, a number or a choice', () => {
    const { kind: _k, ...withoutKind } = exampleApplication();
    const { budget, ...withoutBudget } = exampleApplication();
    expect(validateDocument(withoutKind).issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'REQUIRED /kind',
    ]);
    expect(
      validateDocument({ ...withoutBudget, budget: { ...budget, competenceFunds: undefined } }).issues[0]
        ?.code,
    ).toBe('REQUIRED');
  });
});

describe('the contact person’s phone', () => {
  const withPhone = (phone: string) => {
    const doc = exampleApplication();
    return validateDocument({
      ...doc,
      applicant: { ...doc.applicant, contactPerson: { ...doc.applicant.contactPerson, phone } },
    });
  };

  it.each(['+47 61 18 90 00', '61189000', '+4761189000', '611 89 000', '61  18 90 00'])(
    'accepts %j',
    (phone) => {
      expect(withPhone(phone).issues).toEqual([]);
    },
  );

  it.each(['        ', '6118900 ', '611890001', '+46 61189000', '+4761189000000'])(
    'refuses %j as CONTACT_PHONE_DIGITS at the field, in Norwegian (§ 7)',
    (phone) => {
      expect(withPhone(phone).issues).toEqual([
        expect.objectContaining({
          code: 'CONTACT_PHONE_DIGITS',
          path: '/applicant/contactPerson/phone',
          message: 'Telefon: Telefonnummeret må ha åtte sifre, eventuelt med +47 foran',
          messageNn: 'Telefon: Telefonnummeret må ha åtte siffer, eventuelt med +47 framfor',
        }),
      ]);
    },
  );

  it.each(['+47', '61-18-90-00', '61 18 90 0O', '+47 61 18 90 00 00 00 0'])(
    'refuses %j by the schema’s pattern, in words',
    (phone) => {
      expect(withPhone(phone).issues).toEqual([
        expect.objectContaining({
          code: 'INVALID_FORMAT',
          path: '/applicant/contactPerson/phone',
          message: 'Telefon: Ugyldig format (åtte sifre, eventuelt med +47 foran)',
        }),
      ]);
    },
  );
});
