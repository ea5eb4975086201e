import type { WidgetProps } from '@rjsf/utils';

/** The label, help text and error a widget shows; RJSF has already put the right language into `label`. */
export function fieldTexts(props: WidgetProps) {
  const { label, schema, options, rawErrors } = props;
  const description = (options.description as string | undefined) ?? schema.description;
  const errors = (rawErrors ?? []).filter(Boolean);
  return {
    label: label || schema.title || '',
    description: description || undefined,
    error: errors.length > 0 ? errors.join(' ') : undefined,
  };
}
