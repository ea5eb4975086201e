import { Textarea, TextField } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { fieldTexts } from './field-texts.js';

const isNumeric = (type: unknown) => type === 'integer' || type === 'number';

function toValue(text: string, type: unknown): string | number | undefined {
  if (text === '') return undefined;
  if (!isNumeric(type)) return text;
  const n = Number(text.replace(',', '.').replace(/\s/g, ''));
  // Keep what was typed when it is no number, so the schema names the field instead of losing the answer.
  return Number.isFinite(n) ? n : text;
}

export function TextWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, schema, autofocus, options } = props;
  const { label, description, error } = fieldTexts(props);
  const inputType =
    (options.inputType as 'email' | 'tel' | undefined) ?? (schema.format === 'email' ? 'email' : 'text');
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      error={error}
      type={inputType}
      inputMode={isNumeric(schema.type) ? 'numeric' : undefined}
      value={value ?? ''}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      htmlSize={isNumeric(schema.type) ? 12 : undefined}
      onChange={(e) => onChange(toValue(e.target.value, schema.type))}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}

export function TextareaWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, schema, autofocus } = props;
  const { label, description, error } = fieldTexts(props);
  return (
    <Textarea
      id={id}
      label={label}
      description={description}
      error={error}
      value={value ?? ''}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      minRows={3}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
