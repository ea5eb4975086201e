import { DatePicker, TextField, useDatepicker } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { useEffect, useRef } from 'react';
import { isoToNorwegian, norwegianToIso } from '../../format/date.js';
import { fieldTexts } from './field-texts.js';

const FORMAT_HINT = 'dd.mm.åååå';

const toIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * An ISO date as the Date Aksel's picker holds (noon, so no time zone moves it to another day); undefined for
 * anything that is not a real date, such as the 32nd of January someone typed, which the check then names.
 */
function toDate(iso: unknown): Date | undefined {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T12:00:00`);
  return !Number.isNaN(date.getTime()) && toIso(date) === iso ? date : undefined;
}

/**
 * Dates as people write them: typed as dd.mm.åååå (or picked in Aksel's calendar) and stored as ISO 8601. Text
 * that is not a date is kept as typed, so the form's check names the field and says how to write it, instead of
 * the answer silently disappearing.
 */
export function DateWidget(props: WidgetProps) {
  const { id, value, disabled, readonly } = props;
  const { label, description, error } = fieldTexts(props);
  const hint = [description, FORMAT_HINT].filter(Boolean).join(' – ');
  if (readonly || disabled)
    return (
      <TextField
        id={id}
        label={label}
        description={hint}
        value={isoToNorwegian(value)}
        htmlSize={12}
        readOnly={readonly}
        disabled={disabled}
      />
    );
  return <DatePickerField {...props} label={label} hint={hint} error={error} />;
}

function DatePickerField(props: WidgetProps & { label: string; hint: string; error: string | undefined }) {
  const { id, value, onChange, onBlur, onFocus, label, hint, error } = props;
  const typed = useRef('');
  const { datepickerProps, inputProps, setSelected, selectedDay } = useDatepicker({
    defaultSelected: toDate(value),
    onDateChange: (date) => {
      if (date) onChange(toIso(date));
      else onChange(norwegianToIso(typed.current));
    },
  });
  // A value from outside (a draft loaded later) is shown; what the person is typing is left alone.
  useEffect(() => {
    const date = toDate(value);
    if (date && (!selectedDay || toIso(selectedDay) !== value)) setSelected(date);
  }, [value, selectedDay, setSelected]);
  return (
    <DatePicker {...datepickerProps}>
      <DatePicker.Input
        {...inputProps}
        id={id}
        label={label}
        description={hint}
        error={error}
        onChange={(event) => {
          typed.current = event.target.value;
          inputProps.onChange?.(event);
        }}
        onBlur={(event) => {
          inputProps.onBlur?.(event);
          onBlur(id, value);
        }}
        onFocus={(event) => {
          inputProps.onFocus?.(event);
          onFocus(id, value);
        }}
      />
    </DatePicker>
  );
}
