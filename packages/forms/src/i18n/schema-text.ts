import type { Language } from '../validation/issue.js';
import { NN_SCHEMA_TEXTS } from './nn-schema-texts.js';

/** A schema title or description in the form's language; the schemas themselves are in bokmål. */
export function schemaText(text: string, language: Language): string {
  return language === 'nn' ? (NN_SCHEMA_TEXTS[text] ?? text) : text;
}
