import { Select } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { CALLS } from '@sosialtilskudd/domain';
import { callTitle } from '../../i18n/call-title.js';
import { uiText } from '../../i18n/ui-texts.js';
import { languageOf } from '../form-context.js';
import { fieldTexts } from './field-texts.js';

/** Newest first: last year's call is the one a continuation names. */
const NEWEST_FIRST = [...CALLS].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));

/** A call chosen by its name (a continuation's last year): the id is stored, never typed or shown. */
export function CallWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, registry } = props;
  const { label, description, error } = fieldTexts(props);
  const language = languageOf(registry);
  return (
    <Select
      id={id}
      label={label}
      description={description}
      error={error}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      readOnly={readonly}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <option value="">{uiText('choose', language)}</option>
      {NEWEST_FIRST.map((call) => (
        <option key={call.id} value={call.id}>
          {callTitle(call, language)}
        </option>
      ))}
    </Select>
  );
}
