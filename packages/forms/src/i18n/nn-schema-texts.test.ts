// @vitest-environment node
import { deprecationNote } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { FORM_DOCUMENT_TYPES, formSchema } from '../documents.js';
import { NN_SCHEMA_TEXTS } from './nn-schema-texts.js';
import { PEOPLE_TEXTS } from './people-texts.js';
import { schemaText } from './schema-text.js';

/** Every title and help text a form shows, from the committed schemas (the root's rule list is not shown). */
function texts(node: unknown, root = true): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => texts(n, false));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = root
    ? []
    : [record.title, record.description].filter((t): t is string => typeof t === 'string');
  return [...own, ...Object.values(record).flatMap((v) => texts(v, false))];
}

describe('nynorsk', () => {
  it('has a translation for every label and help text in the five forms', () => {
    // A deprecation note is translated in parts, its version left as it is (see schema-text.ts).
    const parts = (t: string) => {
      const note = deprecationNote(t);
      return note ? [note.text, note.reason].filter(Boolean) : [t];
    };
    const all = new Set(FORM_DOCUMENT_TYPES.flatMap((t) => texts(formSchema(t)).flatMap(parts)));
    const missing = [...all].filter((t) => !(t in NN_SCHEMA_TEXTS));
    expect(missing, 'add these to src/i18n/nn-schema-texts.ts').toEqual([]);
  });
});

describe('a deprecation note in nynorsk', () => {
  it('is translated in parts and keeps whatever version it names', () => {
    const reason =
      'beløpet står i tilskuddsbrevet, og bekreftelsen viser til saken; feltet fjernes i neste hovedversjon';
    expect(schemaText(`Beløpet i tilskuddsbrevet. Utgått fra versjon 3.1.0: ${reason}`, 'nn')).toBe(
      'Beløpet i tilskotsbrevet. Utgått frå versjon 3.1.0: beløpet står i tilskotsbrevet, og stadfestinga viser til saka; feltet blir fjerna i neste hovudversjon',
    );
    expect(schemaText(`Beløpet i tilskuddsbrevet. Utgått fra versjon 3.1.0: ${reason}`, 'nb')).toContain(
      'Utgått fra',
    );
  });
});

describe('words for people', () => {
  const all = new Set(FORM_DOCUMENT_TYPES.flatMap((t) => texts(formSchema(t))));

  it('shows no developer words (a checksum’s name, a call’s id) in any label or help text', () => {
    const technical = /MOD11|\b(?:utvikling-sosiale-tjenester|kommunalt-rusarbeid)-\d{4}\b/;
    const shown = [...all].flatMap((t) => [schemaText(t, 'nb'), schemaText(t, 'nn')]);
    expect(
      shown.filter((t) => technical.test(t)),
      'add these to src/i18n/people-texts.ts',
    ).toEqual([]);
  });

  it('rewords only texts the schemas still have', () => {
    expect(Object.keys(PEOPLE_TEXTS).filter((t) => !all.has(t))).toEqual([]);
  });
});
