import type { WidgetProps } from '@rjsf/utils';
import { uiText } from '../../i18n/ui-texts.js';
import { languageOf } from '../form-context.js';

/**
 * The label, help text and error a widget shows; RJSF has already put the right language into `label`. Aksel
 * marks the optional fields rather than the required ones, so "(valgfritt)" is added to those.
 */
export function fieldTexts(props: WidgetProps) {
  const { id, label, schema, options, rawErrors, required, registry } = props;
  // RJSF's picker between `oneOf` variants is never optional, whatever `required` says; nor is a field a rule
  // asks for (`ruleRequired` in the uiSchema).
  const mandatory = required || options.ruleRequired === true || /__(oneof|anyof)_select$/.test(id);
  const title = label || schema.title || '';
  const description = (options.description as string | undefined) ?? schema.description;
  const errors = (rawErrors ?? []).filter(Boolean);
  return {
    label: mandatory || !title ? title : `${title} (${uiText('optional', languageOf(registry))})`,
    description: description || undefined,
    error: errors.length > 0 ? errors.join(' ') : undefined,
  };
}
