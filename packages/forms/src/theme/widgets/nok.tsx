import { TextField } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { useAmountInput } from '../../format/amount-input.js';
import { fieldTexts } from './field-texts.js';

/** Whole kroner with thousand separators: shows "1 125 000", stores 1125000. */
export function NokWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { label, description, error } = fieldTexts(props);
  const amount = useAmountInput(value, (n) => onChange(n));
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      error={error}
      {...amount}
      htmlSize={14}
      disabled={disabled}
      readOnly={readonly}
      className="stfs-amount"
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
