import { useAmountInput } from '../format/amount-input.js';
import { formatAmount } from '../format/nok.js';
import type { Column } from './columns.js';

export interface CellProps {
  id: string;
  column: Column;
  value: unknown;
  label: string;
  error: string | undefined;
  readonly: boolean;
  onValue: (value: unknown) => void;
}

const INPUT_CLASS = 'aksel-text-field__input aksel-body-short aksel-body-short--small stfs-cell__input';

function a11y(id: string, label: string, error: string | undefined) {
  return {
    id,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
}

function AmountCell({ id, value, label, error, readonly, onValue }: CellProps) {
  const amount = useAmountInput(value, onValue);
  return (
    <input
      {...a11y(id, label, error)}
      {...amount}
      readOnly={readonly}
      className={`${INPUT_CLASS} stfs-cell__input--amount`}
    />
  );
}

function toInteger(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text.replace(/\s/g, ''));
  return Number.isInteger(n) ? n : text;
}

/** A bare input with Aksel's field styles: 1000 rows of full Aksel TextFields would not render in time. */
export function Cell(props: CellProps) {
  const { id, column, value, label, error, readonly, onValue } = props;
  let control: React.ReactNode;
  if (column.kind === 'amount') control = <AmountCell {...props} />;
  else if (column.kind === 'enum')
    control = (
      <select
        {...a11y(id, label, error)}
        className="aksel-select__input aksel-body-short aksel-body-short--small stfs-cell__input"
        value={typeof value === 'string' ? value : ''}
        disabled={readonly}
        onChange={(e) => onValue(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="" />
        {column.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  else
    control = (
      <input
        {...a11y(id, label, error)}
        className={INPUT_CLASS}
        inputMode={column.kind === 'integer' ? 'numeric' : undefined}
        value={value === undefined || value === null ? '' : String(value)}
        readOnly={readonly}
        onChange={(e) =>
          onValue(column.kind === 'integer' ? toInteger(e.target.value) : e.target.value || undefined)
        }
      />
    );
  return (
    <td className={`aksel-table__data-cell stfs-cell stfs-cell--${column.kind}`} data-label={column.title}>
      {control}
      {error && (
        <span
          id={`${id}-error`}
          className="aksel-error-message aksel-label aksel-label--small stfs-cell__error"
        >
          {error}
        </span>
      )}
    </td>
  );
}

/** A column's sum; `label` names the column where the rows are stacked as cards. */
export function TotalCell({ total, label }: { total: number | undefined; label: string }) {
  return (
    <td className="aksel-table__data-cell stfs-cell stfs-cell--total" data-label={label}>
      {total === undefined ? null : formatAmount(total)}
    </td>
  );
}
