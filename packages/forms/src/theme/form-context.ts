import type { Registry } from '@rjsf/utils';
import type { Language } from '../validation/issue.js';

/** What every widget of this theme reads from RJSF's `formContext`. */
export interface FormContext {
  language: Language;
}

export function languageOf(registry: Registry): Language {
  const context = registry.formContext as Partial<FormContext> | undefined;
  return context?.language === 'nn' ? 'nn' : 'nb';
}
