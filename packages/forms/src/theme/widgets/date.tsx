import { TextField } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { isoToNorwegian, norwegianToIso } from '../../format/date.js';
import { fieldTexts } from './field-texts.js';

/** Dates typed the Norwegian way (dd.mm.åååå) and stored as ISO 8601. */
export function DateWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { label, description, error } = fieldTexts(props);
  const [text, setText] = useState(isoToNorwegian(value));
  // Follow the value when it changes from outside (a loaded draft), not while the person is typing it.
  useEffect(() => {
    setText((typed) => (norwegianToIso(typed) === value ? typed : isoToNorwegian(value)));
  }, [value]);
  return (
    <TextField
      id={id}
      label={label}
      description={[description, 'dd.mm.åååå'].filter(Boolean).join(' – ')}
      error={error}
      value={text}
      htmlSize={12}
      autoComplete="off"
      disabled={disabled}
      readOnly={readonly}
      onChange={(e) => {
        setText(e.target.value);
        onChange(norwegianToIso(e.target.value));
      }}
      onBlur={() => {
        setText(isoToNorwegian(value));
        onBlur(id, value);
      }}
      onFocus={() => onFocus(id, value)}
    />
  );
}
