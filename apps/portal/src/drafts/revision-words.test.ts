import { formSchema, loadForm } from '@sosialtilskudd/forms';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedFieldsText, describeChanges, revisionOf, savedSince } from './revision-words.js';

const CALL = 'utvikling-sosiale-tjenester-2025';

describe('who changed what, in words', () => {
  let schema: ReturnType<typeof formSchema>;
  beforeAll(async () => {
    await loadForm('application', CALL);
    schema = formSchema('application', CALL);
  });
  const words = (changedFields: string[], moreFields = 0, language: 'nb' | 'nn' = 'nb') =>
    changedFieldsText({ changedFields, moreFields }, schema, {}, language);

  it('names each field by the label the form shows, a table row by its table and row, never a pointer', () => {
    expect(words(['/measure/name'])).toBe('Navn på tiltaket');
    expect(words(['/measure/name', '/measure/startDate'])).toBe('Navn på tiltaket og Oppstartsdato');
    expect(words(['/budget/positions/0/title'])).toMatch(/^Stillinger, rad 1 – Stillingstittel$/);
    expect(words(['/measure/name', '/measure/name/0'])).not.toMatch(/\//);
  });

  it('counts what it does not list, and calls the first save the whole application', () => {
    expect(words(['/measure/name'], 3)).toBe('Navn på tiltaket og 3 felt til');
    expect(words([''])).toBe('hele søknaden');
    expect(words([''], 0, 'nn')).toBe('heile søknaden');
    expect(words(['/measure/name', '/measure/startDate'], 0, 'nn')).toBe('Namn på tiltaket og Oppstartsdato');
  });

  it('finds the saves made after the version a person built on, oldest first, leaving out versions kept aside', () => {
    expect(revisionOf('"r12"')).toBe(12);
    expect(revisionOf('W/"r3"')).toBe(3);
    expect(revisionOf('*')).toBeUndefined();
    const revisions = [
      { revision: 7, applied: true, id: 4 },
      { revision: 6, applied: false, id: 3 },
      { revision: 6, applied: true, id: 2 },
      { revision: 5, applied: true, id: 1 },
    ];
    expect(savedSince(revisions, '"r5"').map((r) => r.id)).toEqual([2, 4]);
    expect(savedSince(revisions, '"r7"')).toEqual([]);
    expect(savedSince(revisions, null)).toEqual([]);
  });

  it('words every save of a draft in both languages for the case page, by the save', async () => {
    const save = (id: number, changedFields: string[]) =>
      ({
        id,
        revision: id,
        applied: true,
        savedAt: '',
        savedBy: { sub: '', name: '', role: 'nav-office' },
        changedFields,
        moreFields: 0,
      }) as const;
    expect(
      await describeChanges([save(2, ['/measure/name']), save(1, [''])], {
        callId: CALL,
        document: {} as never,
      }),
    ).toEqual({
      2: { nb: 'Navn på tiltaket', nn: 'Namn på tiltaket' },
      1: { nb: 'hele søknaden', nn: 'heile søknaden' },
    });
  });
});
