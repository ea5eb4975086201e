import { Checkbox, CheckboxGroup, Radio, RadioGroup, Select } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import { PRIORITY_AREA_IDS } from '@sosialtilskudd/domain';
import { uiText } from '../../i18n/ui-texts.js';
import { languageOf, priorityAreasOf } from '../form-context.js';
import { fieldTexts } from './field-texts.js';

type Option = { label: string; value: unknown };

function optionsOf(props: WidgetProps): Option[] {
  return (props.options.enumOptions ?? []) as Option[];
}

/** Booleans are shown as Ja/Nei in the form's language rather than RJSF's English defaults. */
function optionLabel(option: Option, props: WidgetProps): string {
  if (typeof option.value === 'boolean')
    return uiText(option.value ? 'yes' : 'no', languageOf(props.registry));
  return option.label;
}

export function SelectWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, registry } = props;
  const { label, description, error } = fieldTexts(props);
  const options = optionsOf(props);
  const index = options.findIndex((o) => o.value === value);
  return (
    <Select
      id={id}
      label={label}
      description={description}
      error={error}
      value={index >= 0 ? String(index) : ''}
      disabled={disabled}
      readOnly={readonly}
      onChange={(e) => onChange(e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <option value="">{uiText('choose', languageOf(registry))}</option>
      {options.map((o, i) => (
        <option key={String(o.value)} value={String(i)}>
          {optionLabel(o, props)}
        </option>
      ))}
    </Select>
  );
}

export function RadioWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { label, description, error } = fieldTexts(props);
  const options = optionsOf(props);
  return (
    <RadioGroup
      id={id}
      legend={label}
      description={description}
      error={error}
      value={value ?? null}
      disabled={disabled}
      readOnly={readonly}
      onChange={(v) => onChange(v)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      {options.map((o, i) => (
        <Radio key={String(o.value)} id={i === 0 ? `${id}-0` : undefined} value={o.value}>
          {optionLabel(o, props)}
        </Radio>
      ))}
    </RadioGroup>
  );
}

export function CheckboxWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { label, description, error } = fieldTexts(props);
  return (
    <CheckboxGroup
      legend={label}
      hideLegend
      error={error}
      value={value === true ? ['yes'] : []}
      disabled={disabled}
      readOnly={readonly}
      onChange={(v: string[]) => onChange(v.includes('yes'))}
    >
      <Checkbox
        id={id}
        value="yes"
        description={description}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      >
        {label}
      </Checkbox>
    </CheckboxGroup>
  );
}

const PRIORITY_AREA_SET: ReadonlySet<unknown> = new Set(PRIORITY_AREA_IDS);

/**
 * The boxes to show: a priority area only when the form's call has it (the assessment's schema lists every year's
 * areas), or when it is ticked already, so that a wrong tick stays in view beside its rule's message.
 */
function offered(props: WidgetProps, selected: readonly unknown[]): Option[] {
  const areas = priorityAreasOf(props.registry);
  return optionsOf(props).filter(
    (o) =>
      !areas ||
      !PRIORITY_AREA_SET.has(o.value) ||
      areas.includes(String(o.value)) ||
      selected.includes(o.value),
  );
}

export function CheckboxesWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { label, description, error } = fieldTexts(props);
  const selected = Array.isArray(value) ? (value as unknown[]) : [];
  const options = offered(props, selected);
  return (
    <CheckboxGroup
      id={id}
      legend={label}
      description={description}
      error={error}
      value={selected}
      disabled={disabled}
      readOnly={readonly}
      // Keep the schema's order, whatever order the boxes were ticked in.
      onChange={(v: unknown[]) => onChange(options.map((o) => o.value).filter((o) => v.includes(o)))}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      {options.map((o, i) => (
        <Checkbox key={String(o.value)} id={i === 0 ? `${id}-0` : undefined} value={o.value}>
          {optionLabel(o, props)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
