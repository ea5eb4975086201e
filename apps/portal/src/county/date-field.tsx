import { DatePicker, useDatepicker } from '@navikt/ds-react';

interface Props {
  id: string;
  label: string;
  /** YYYY-MM-DD, or '' when none is chosen. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a DateField's value is a whole date (YYYY-MM-DD), not '' or half typed. */
export const isIsoDate = (value: string) => ISO_DATE.test(value);

const toDate = (iso: string) => (iso ? new Date(`${iso}T12:00:00`) : undefined);

/** The calendar date of a Date picked in the browser, as YYYY-MM-DD (no time zone shift). */
function toIso(date: Date | undefined): string {
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Aksel's date picker (typed as dd.mm.åååå or chosen in the calendar), holding an ISO date. */
export function DateField({ id, label, value, onChange, error }: Props) {
  const { datepickerProps, inputProps } = useDatepicker({
    defaultSelected: toDate(value),
    onDateChange: (date) => onChange(toIso(date)),
  });
  return (
    <DatePicker {...datepickerProps}>
      <DatePicker.Input {...inputProps} id={id} label={label} error={error} />
    </DatePicker>
  );
}
