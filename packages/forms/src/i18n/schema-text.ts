import { deprecationNote } from '@sosialtilskudd/domain';
import type { Language } from '../validation/issue.js';
import { NN_SCHEMA_TEXTS } from './nn-schema-texts.js';

/** A schema title or description in the form's language; the schemas themselves are in bokmål. */
export function schemaText(text: string, language: Language): string {
  if (language !== 'nn') return text;
  const whole = NN_SCHEMA_TEXTS[text];
  if (whole !== undefined) return whole;
  // A deprecation note names a version, which each release may change: its parts are translated, not the whole.
  const note = deprecationNote(text);
  if (!note) return text;
  const own = note.text ? `${schemaText(note.text, 'nn')}. ` : '';
  return `${own}Utgått frå versjon ${note.since}: ${NN_SCHEMA_TEXTS[note.reason] ?? note.reason}`;
}
