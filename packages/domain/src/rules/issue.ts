export type Language = 'nb' | 'nn';

/** One problem with a document: integrators key on `code`, people read `message`. */
export interface RuleIssue {
  /** Stable machine code, e.g. ORGNR_CHECKSUM. Never changes meaning once released. */
  code: string;
  /** JSON Pointer (RFC 6901) to the field, "" for the whole document. */
  path: string;
  /** Bokmål message naming the field and the rule. */
  message: string;
  /** Nynorsk message. */
  messageNn: string;
  /** Where the rule comes from, e.g. "§ 5" of the regulation or the call. */
  source?: string;
}

export type PathSegment = string | number;

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const numbers = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** 650000 → "650 000" (with the no-break space Norwegian uses between thousands; the same in nynorsk). */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** 650000 → "650 000 kr". */
export function formatNok(amount: number): string {
  return `${formatNumber(amount)} kr`;
}
