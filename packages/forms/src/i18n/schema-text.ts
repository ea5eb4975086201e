import { deprecationNote } from '@sosialtilskudd/domain';
import type { Language } from '../validation/issue.js';
import { NN_SCHEMA_TEXTS } from './nn-schema-texts.js';
import { PEOPLE_TEXTS } from './people-texts.js';

/**
 * A schema title or description in the form's language (the schemas themselves are in bokmål), in words for a
 * person where the schema's are for a developer.
 */
export function schemaText(text: string, language: Language): string {
  const forPeople = PEOPLE_TEXTS[text]?.[language];
  if (forPeople) return forPeople;
  if (language !== 'nn') return text;
  const whole = NN_SCHEMA_TEXTS[text];
  if (whole !== undefined) return whole;
  // A deprecation note names a version, which each release may change: its parts are translated, not the whole.
  const note = deprecationNote(text);
  if (!note) return text;
  const own = note.text ? `${schemaText(note.text, 'nn')}. ` : '';
  return `${own}Utgått frå versjon ${note.since}: ${NN_SCHEMA_TEXTS[note.reason] ?? note.reason}`;
}
