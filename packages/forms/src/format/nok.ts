/** Digits grouped by three with a space: 1125000 → "1 125 000", as Norwegian amounts are written. */
export function formatAmount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** What a person typed, as whole kroner: spaces and separators ignored; undefined when there is no digit. */
export function parseAmount(text: string): number | undefined {
  const digits = text.replace(/[^\d]/g, '');
  if (digits === '') return undefined;
  return Number(digits.slice(0, 12));
}

/**
 * Reformats while typing without moving the caret past the digit it stood after: the caret's place is kept
 * as "the n-th digit from the start".
 */
export function reformatKeepingCaret(text: string, caret: number): { text: string; caret: number } {
  const digitsBefore = text.slice(0, caret).replace(/[^\d]/g, '').length;
  const formatted = formatAmount(parseAmount(text));
  let seen = 0;
  let position = 0;
  while (position < formatted.length && seen < digitsBefore) {
    if (/\d/.test(formatted[position] ?? '')) seen++;
    position++;
  }
  return { text: formatted, caret: position };
}
