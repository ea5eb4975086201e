import type { Registry } from '@rjsf/utils';
import type { Language } from '../validation/issue.js';

/** What every widget of this theme reads from RJSF's `formContext`. */
export interface FormContext {
  language: Language;
  /**
   * The approved budget's lines, when the form knows the application (a report's accounts): an accounts line
   * names its budget line by choosing it, never by typing its id.
   */
  budgetLines?: readonly { value: string; label: string }[];
  /** The call's priority areas, when the form knows its call: an area of another year's call is not offered. */
  priorityAreas?: readonly string[];
}

export function languageOf(registry: Registry): Language {
  const context = registry.formContext as Partial<FormContext> | undefined;
  return context?.language === 'nn' ? 'nn' : 'nb';
}

const NONE: readonly { value: string; label: string }[] = [];

export function budgetLinesOf(registry: Registry): readonly { value: string; label: string }[] {
  return (registry.formContext as Partial<FormContext> | undefined)?.budgetLines ?? NONE;
}

/** The priority areas the form's call has, or undefined when every area may be offered. */
export function priorityAreasOf(registry: Registry): readonly string[] | undefined {
  return (registry.formContext as Partial<FormContext> | undefined)?.priorityAreas;
}
