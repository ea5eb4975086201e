import type { ErrorSchema } from '@rjsf/utils';
import { memo } from 'react';
import { uiText } from '../i18n/ui-texts.js';
import type { Language } from '../validation/issue.js';
import { Cell } from './cells.js';
import type { Column } from './columns.js';
import type { Row } from './row-identity.js';

export interface TableRowProps {
  row: Row;
  index: number;
  columns: Column[];
  errors: ErrorSchema | undefined;
  idPrefix: string;
  language: Language;
  readonly: boolean;
  onCell: (index: number, key: string, value: unknown) => void;
  onRemove: (index: number) => void;
}

function cellError(errors: ErrorSchema | undefined, key: string): string | undefined {
  const list = (errors as Record<string, { __errors?: string[] } | undefined> | undefined)?.[key]?.__errors;
  return list && list.length > 0 ? list.join(' ') : undefined;
}

/**
 * One line of an editable table. Memoised: a keystroke re-renders only its own row, since the other rows keep
 * their object, their (stable) callbacks and their slice of the error schema.
 */
export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { row, index, columns, errors, idPrefix, language, readonly, onCell, onRemove } = props;
  const rowLabel = `${uiText('row', language)} ${index + 1}`;
  const rowErrors = (errors as { __errors?: string[] } | undefined)?.__errors;
  return (
    <tr className="aksel-table__row">
      <th scope="row" className="aksel-table__header-cell stfs-row-number">
        <span className="stfs-row-number__word">{uiText('row', language)} </span>
        {index + 1}
        {rowErrors && rowErrors.length > 0 && (
          <span className="aksel-error-message stfs-cell__error">{rowErrors.join(' ')}</span>
        )}
      </th>
      {columns.map((column) => (
        <Cell
          key={column.key}
          id={`${idPrefix}_${index}_${column.key}`}
          column={column}
          value={row[column.key]}
          label={`${column.title}, ${rowLabel.toLowerCase()}`}
          error={cellError(errors, column.key)}
          readonly={readonly}
          onValue={(value) => onCell(index, column.key, value)}
        />
      ))}
      {!readonly && (
        <td className="aksel-table__data-cell">
          <button
            type="button"
            className="aksel-button aksel-button--tertiary aksel-button--small stfs-remove"
            aria-label={`${uiText('removeRow', language)} ${index + 1}`}
            onClick={() => onRemove(index)}
          >
            <span className="aksel-label aksel-label--small">{uiText('remove', language)}</span>
          </button>
        </td>
      )}
    </tr>
  );
});
