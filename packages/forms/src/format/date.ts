const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** 2025-01-31 → "31.01.2025"; anything else is shown as it is. */
export function isoToNorwegian(value: string | undefined): string {
  const m = value ? ISO.exec(value) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (value ?? '');
}

/**
 * "31.1.2025" or "2025-01-31" → "2025-01-31". Other text is kept as typed, so the schema's date check can name
 * the field instead of the form silently dropping the answer.
 */
export function norwegianToIso(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const m = NORWEGIAN.exec(trimmed);
  if (!m) return trimmed;
  return `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
}
