import type { z } from 'zod';
import { formatOf } from '../formats.js';
import { NON_BLANK } from '../primitives.js';
import { formatNumber, type Language, type RuleIssue, toPointer } from './issue.js';
import type { RuleMessages } from './rule.js';

/**
 * Zod's structural issues mapped to stable codes with Norwegian messages. Field-level rules inside the
 * schemas (checksums) carry their own code in `params.code`.
 */
export const SCHEMA_CODES = {
  REQUIRED: { nb: () => 'Feltet må fylles ut', nn: () => 'Feltet må fyllast ut' },
  INVALID_TYPE: {
    nb: (p) => `Feil type: forventet ${p.expected}`,
    nn: (p) => `Feil type: venta ${p.expected}`,
  },
  TOO_SMALL: {
    nb: (p) =>
      p.origin === 'string'
        ? `Må ha minst ${p.minimum} tegn`
        : p.origin === 'array'
          ? `Må ha minst ${p.minimum}`
          : `Kan ikke være mindre enn ${p.minimum}`,
    nn: (p) =>
      p.origin === 'string'
        ? `Må ha minst ${p.minimum} teikn`
        : p.origin === 'array'
          ? `Må ha minst ${p.minimum}`
          : `Kan ikkje vere mindre enn ${p.minimum}`,
  },
  TOO_BIG: {
    nb: (p) =>
      p.origin === 'string'
        ? `Kan ikke være lengre enn ${p.maximum} tegn`
        : p.origin === 'array'
          ? `Kan ikke ha flere enn ${p.maximum}`
          : `Kan ikke være mer enn ${p.maximum}`,
    nn: (p) =>
      p.origin === 'string'
        ? `Kan ikkje vere lengre enn ${p.maximum} teikn`
        : p.origin === 'array'
          ? `Kan ikkje ha fleire enn ${p.maximum}`
          : `Kan ikkje vere meir enn ${p.maximum}`,
  },
  INVALID_FORMAT: {
    nb: (p) => `Ugyldig format (${p.format})`,
    nn: (p) => `Ugyldig format (${p.formatNn})`,
  },
  INVALID_VALUE: {
    nb: (p) => `Ugyldig verdi: må være ${p.values}`,
    nn: (p) => `Ugyldig verdi: må vere ${p.values}`,
  },
  UNKNOWN_FIELD: {
    nb: (p) => `Ukjent felt: ${p.keys}`,
    nn: (p) => `Ukjent felt: ${p.keys}`,
  },
  INVALID_VARIANT: {
    nb: () => 'Verdien passer ikke med noen av de tillatte variantene',
    nn: () => 'Verdien passar ikkje med nokon av dei tillatne variantane',
  },
  ORGNR_PREFIX: {
    nb: () => 'Organisasjonsnummeret må begynne med 8 eller 9, slik Enhetsregisteret tildeler dem',
    nn: () => 'Organisasjonsnummeret må byrje med 8 eller 9, slik Einingsregisteret tildeler dei',
  },
  INVALID_CHARACTER: {
    nb: (p) => `Teksten inneholder ${p.character}, som ikke kan lagres`,
    nn: (p) => `Teksten inneheld ${p.characterNn}, som ikkje kan lagrast`,
  },
  NESTING_TOO_DEEP: {
    nb: (p) => `Innholdet er nestet dypere enn ${p.maximum} nivåer`,
    nn: (p) => `Innhaldet er nesta djupare enn ${p.maximum} nivå`,
  },
  ORGNR_CHECKSUM: {
    nb: () =>
      'Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Sjekk alle ni sifrene',
    nn: () =>
      'Dette er ikkje eit gyldig organisasjonsnummer (kontrollsifferet stemmer ikkje). Sjekk alle ni sifra',
  },
  ACCOUNT_NUMBER_CHECKSUM: {
    nb: () =>
      'Dette er ikke et gyldig kontonummer (kontrollsifferet stemmer ikke). Sjekk alle elleve sifrene',
    nn: () =>
      'Dette er ikkje eit gyldig kontonummer (kontrollsifferet stemmer ikkje). Sjekk alle elleve sifra',
  },
} as const satisfies Record<string, RuleMessages>;

export type SchemaCode = keyof typeof SCHEMA_CODES;

const FORMAT_NAMES: Record<string, string> = {
  date: 'dato ÅÅÅÅ-MM-DD',
  datetime: 'tidspunkt med tidssone, ÅÅÅÅ-MM-DDTtt:mm:ssZ',
  email: 'e-postadresse',
};

/** The format's words in both languages: a pattern's from `FORMATS`, Zod's named formats' from the table. */
function formatParams(issue: z.core.$ZodIssueInvalidStringFormat): { format: string; formatNn: string } {
  const ours = issue.format === 'regex' && issue.pattern ? formatOf(issue.pattern) : undefined;
  if (ours) return { format: ours.nb, formatNn: ours.nn };
  const name = FORMAT_NAMES[issue.format] ?? issue.format;
  return { format: name, formatNn: name };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'tall',
  int: 'heltall',
  boolean: 'ja/nei',
  object: 'objekt',
  array: 'liste',
};

const LISTED_KEYS = 10;
const KEY_LENGTH = 40;

/** The unknown keys, as many as a person reads: a body with thousands of them must not give a message as long. */
function listed(keys: readonly string[]): string {
  const shown = keys
    .slice(0, LISTED_KEYS)
    .map((k) => (k.length > KEY_LENGTH ? `${k.slice(0, KEY_LENGTH)}…` : k))
    .join(', ');
  return keys.length > LISTED_KEYS ? `${shown} og ${keys.length - LISTED_KEYS} til` : shown;
}

/** A limit as people write numbers: 1 000 000 000 with thousands spaces, as amounts are everywhere else. */
const limit = (value: number | bigint) => (typeof value === 'number' ? formatNumber(value) : String(value));

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function classify(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: SchemaCode; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? { code: 'REQUIRED', params: {} }
        : { code: 'INVALID_TYPE', params: { expected: TYPE_NAMES[issue.expected] ?? issue.expected } };
    case 'too_small':
      return { code: 'TOO_SMALL', params: { minimum: limit(issue.minimum), origin: issue.origin } };
    case 'too_big':
      return { code: 'TOO_BIG', params: { maximum: limit(issue.maximum), origin: issue.origin } };
    case 'invalid_format':
      // A blank answer to a text question: the field is not filled in.
      if (issue.format === 'regex' && issue.pattern === String(NON_BLANK))
        return { code: 'REQUIRED', params: {} };
      return { code: 'INVALID_FORMAT', params: formatParams(issue) };
    case 'invalid_value':
      // A literal or an enum that was left out is a missing answer, not a wrong one.
      if (valueAt(input, issue.path) === undefined) return { code: 'REQUIRED', params: {} };
      return {
        code: 'INVALID_VALUE',
        params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'unrecognized_keys':
      return { code: 'UNKNOWN_FIELD', params: { keys: listed(issue.keys) } };
    case 'custom': {
      const code = issue.params?.code;
      if (typeof code === 'string' && code in SCHEMA_CODES) return { code: code as SchemaCode, params: {} };
      return { code: 'INVALID_VARIANT', params: {} };
    }
    default:
      return { code: 'INVALID_VARIANT', params: {} };
  }
}

export function schemaIssue(code: SchemaCode, path: readonly PropertyKey[], params = {}): RuleIssue {
  const m = SCHEMA_CODES[code] as RuleMessages;
  return { code, path: toPointer(path), message: m.nb(params), messageNn: m.nn(params), source: 'skjema' };
}

export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): RuleIssue[] {
  return issues.map((issue) => {
    const { code, params } = classify(issue, input);
    return schemaIssue(code, issue.path, params);
  });
}

export function localize(issue: RuleIssue, language: Language): string {
  return language === 'nn' ? issue.messageNn : issue.message;
}
