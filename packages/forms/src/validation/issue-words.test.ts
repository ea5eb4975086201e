// @vitest-environment node
import { exampleDocument, findCall } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { ajvIssueText } from './issue-words.js';
import { validateForm, validateStep } from './validate-form.js';

const CALL = 'utvikling-sosiale-tjenester-2025';
const application = () =>
  structuredClone(exampleDocument('application', findCall(CALL))) as Record<string, any>;
/** Text with the thousands separators (no-break spaces) as plain spaces. */
const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('words a person understands', () => {
  it('words a per-call cap as an amount, never as Ajv’s «må være <= 750000»', () => {
    const doc = application();
    doc.budget.positions[0].requestedGrant = 760_000;
    doc.budget.positions[0].ftePercent = 100;
    doc.budget.positions[0].months = 12;
    for (const language of ['nb', 'nn'] as const) {
      const issues = validateForm('application', doc, { callId: CALL, language });
      const cap = issues.filter((i) => i.path === '/budget/positions/0/requestedGrant');
      expect(cap.length).toBeGreaterThan(0);
      for (const issue of cap) {
        expect(plain(issue.message)).not.toMatch(/<=|må være \\d|\d{6}/);
        expect(plain(issue.message)).toContain('750 000 kr');
      }
    }
  });

  it('words what Ajv finds (a cap only the call’s schema has) in the domain’s words, an amount in kroner', () => {
    const cap = { name: 'maximum', params: { limit: 750_000 }, property: '.x', message: '', stack: '' };
    const amount = { type: 'integer', title: 'Søkt tilskudd (kr)' } as const;
    expect(plain(ajvIssueText(cap, amount, 'nb'))).toBe('Kan ikke være mer enn 750 000 kr');
    expect(plain(ajvIssueText(cap, amount, 'nn'))).toBe('Kan ikkje vere meir enn 750 000 kr');
    const years = { type: 'integer', title: 'Tilskuddsår for tiltaket' } as const;
    expect(ajvIssueText({ ...cap, params: { limit: 3 } }, years, 'nb')).toBe('Kan ikke være mer enn 3');
    const long = { ...cap, name: 'maxLength', params: { limit: 200 } };
    expect(ajvIssueText(long, { type: 'string' }, 'nn')).toBe('Kan ikkje vere lengre enn 200 teikn');
    const postal = { ...cap, name: 'pattern', params: { pattern: '^\\d{4}$' } };
    expect(ajvIssueText(postal, { type: 'string' }, 'nb')).toBe('Ugyldig format (fire sifre)');
  });

  it('names the field once, in the form’s language: the domain’s bokmål label is replaced, not repeated', () => {
    const doc = application();
    doc.applicant.contactPerson.phone = '12345 67890';
    const [nn] = validateForm('application', doc, { callId: CALL, language: 'nn' }).filter(
      (i) => i.code === 'CONTACT_PHONE_DIGITS',
    );
    expect(nn?.label).toBe('Telefon');
    expect(nn?.message.startsWith('Telefon: ')).toBe(true);
    expect(nn?.message).toBe(`Telefon: ${nn?.text}`);
    expect(nn?.text.startsWith('Telefon:')).toBe(false);
    expect(nn?.text).toMatch(/siffer/);
  });

  it('asks for dd.mm.åååå where a date is wrong', () => {
    const doc = application();
    doc.measure.startDate = '24.13.2025';
    const [issue] = validateForm('application', doc, { callId: CALL, language: 'nb' }).filter(
      (i) => i.path === '/measure/startDate',
    );
    expect(issue?.message).toBe('Oppstartsdato: Skriv datoen som dd.mm.åååå, for eksempel 24.01.2025');
    expect(issue?.text).toBe('Skriv datoen som dd.mm.åååå, for eksempel 24.01.2025');
  });

  it('names a field by its group where its label is used in more than one place', () => {
    const doc = application();
    doc.applicant.contactPerson.name = ' ';
    const [issue] = validateForm('application', doc, { callId: CALL, language: 'nb' }).filter(
      (i) => i.path === '/applicant/contactPerson/name',
    );
    expect(issue?.label).toBe('Kontaktperson – Navn');
  });

  it('names a table cell by its table and row', () => {
    const doc = application();
    doc.budget.positions[1].salary = -1;
    const [issue] = validateForm('application', doc, { callId: CALL, language: 'nb' }).filter(
      (i) => i.path === '/budget/positions/1/salary',
    );
    expect(issue?.label).toBe('Stillinger, rad 2 – Lønn (kr)');
  });

  it('never shows a choice’s raw values', () => {
    const doc = application();
    doc.kind = 'ny';
    const [issue] = validateForm('application', doc, { callId: CALL, language: 'nn' }).filter(
      (i) => i.path === '/kind',
    );
    expect(issue?.text).toBe('Vel eitt av alternativa');
  });
});

describe('validateStep', () => {
  const firstStep = ['addressee', 'kind', 'continuation', 'nationalTrialId', 'applicant'];

  it('refuses a contact phone on the step it is typed, while later steps are still empty', () => {
    const doc = application();
    doc.applicant.contactPerson.phone = '12345 67890';
    const { addressee, kind, applicant, documentType, schemaVersion, id, callId } = doc;
    const partial = { documentType, schemaVersion, id, callId, addressee, kind, applicant };
    // The whole form is far from complete, so the rules alone would not run.
    expect(
      validateForm('application', partial, { callId: CALL }).some((i) => i.code === 'CONTACT_PHONE_DIGITS'),
    ).toBe(false);
    const issues = validateStep(
      'application',
      partial,
      { step: firstStep, reached: firstStep },
      { callId: CALL },
    );
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'CONTACT_PHONE_DIGITS /applicant/contactPerson/phone',
    ]);
  });

  it('passes a step that is right, whatever is still missing later', () => {
    const { documentType, schemaVersion, id, callId, addressee, kind, applicant } = application();
    const partial = { documentType, schemaVersion, id, callId, addressee, kind, applicant };
    expect(
      validateStep('application', partial, { step: firstStep, reached: firstStep }, { callId: CALL }),
    ).toEqual([]);
  });
});
