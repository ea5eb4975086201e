import { Button } from '@navikt/ds-react';
import type { ErrorSchema, FieldProps, RJSFSchema } from '@rjsf/utils';
import { getUiOptions } from '@rjsf/utils';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { schemaText } from '../i18n/schema-text.js';
import { uiText } from '../i18n/ui-texts.js';
import { budgetLinesOf, languageOf } from '../theme/form-context.js';
import { TotalCell } from './cells.js';
import { columnTotals, tableColumns } from './columns.js';
import { BLOCK_SIZE, RowBlock } from './RowBlock.js';
import { asRows, newLineId, type Row, sameRows } from './row-identity.js';
import { ACTIONS_REM, columnWidthRem, ROW_NUMBER_REM, tableWidthRem, useStacked } from './table-layout.js';

const blockStarts = (length: number) =>
  Array.from({ length: Math.ceil(length / BLOCK_SIZE) }, (_, i) => i * BLOCK_SIZE);

/** Typing is committed to RJSF after this pause, on leaving the table, on adding or removing a row, and on unmount. */
export const COMMIT_DELAY_MS = 250;

/**
 * A repeating group (budget positions, other costs, accounts lines) as an editable table with column totals.
 * The table owns its rows: a keystroke updates one row and the totals, and RJSF (whose every change clones and
 * re-renders the whole form) hears of it once the person pauses. See BENCHMARKS.md for what this buys.
 */
export function TableField(props: FieldProps) {
  const { schema, formData, onChange, fieldPathId, registry, uiSchema, errorSchema, disabled, readonly } =
    props;
  const language = languageOf(registry);
  const options = getUiOptions(uiSchema);
  const itemSchema = useMemo(
    () => registry.schemaUtils.retrieveSchema((schema.items ?? {}) as RJSFSchema),
    [registry, schema],
  );
  const budgetLines = budgetLinesOf(registry);
  const columns = useMemo(
    () => tableColumns(itemSchema, uiSchema, language, budgetLines),
    [itemSchema, uiSchema, language, budgetLines],
  );
  const needsLineId = Boolean((itemSchema.properties as Record<string, unknown> | undefined)?.id);
  const idPrefix = fieldPathId.$id;
  const isReadonly = Boolean(readonly || disabled);

  const [rows, setRows] = useState<Row[]>(() => asRows(formData));
  const rowsRef = useRef(rows);
  /** The last data seen from RJSF or handed to it, by identity and by value. */
  const sent = useRef<unknown>(formData);
  const sentRows = useRef<Row[]>(rows);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ onChange, path: fieldPathId.path });
  latest.current = { onChange, path: fieldPathId.path };
  const focusRow = useRef<number | null>(null);

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (sentRows.current === rowsRef.current) return;
    sentRows.current = rowsRef.current;
    sent.current = rowsRef.current;
    latest.current.onChange(rowsRef.current, latest.current.path);
  }, []);

  const replaceRows = useCallback((next: Row[]) => {
    rowsRef.current = next;
    setRows(next);
  }, []);

  // Data from outside (a loaded draft, a reset) replaces the rows. RJSF's echo of our own commit (a clone of
  // what we sent) does not: the person may have typed on since, and that must not be overwritten.
  useEffect(() => {
    if (formData === sent.current) return;
    sent.current = formData;
    const incoming = asRows(formData);
    if (sameRows(incoming, sentRows.current)) return;
    sentRows.current = incoming;
    if (!sameRows(incoming, rowsRef.current)) replaceRows(incoming);
  }, [formData, replaceRows]);

  useEffect(() => () => commit(), [commit]);

  useEffect(() => {
    if (focusRow.current === null) return;
    const first = columns[0];
    if (first) document.getElementById(`${idPrefix}_${focusRow.current}_${first.key}`)?.focus();
    focusRow.current = null;
  });

  const onCell = useCallback(
    (index: number, key: string, value: unknown) => {
      const next = rowsRef.current.slice();
      next[index] = { ...next[index], [key]: value };
      replaceRows(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, COMMIT_DELAY_MS);
    },
    [commit, replaceRows],
  );

  const onRemove = useCallback(
    (index: number) => {
      replaceRows(rowsRef.current.filter((_, i) => i !== index));
      commit();
    },
    [commit, replaceRows],
  );

  const onAdd = () => {
    const current = rowsRef.current;
    const row: Row = needsLineId ? { id: newLineId(current, String(options.lineIdPrefix ?? 'linje')) } : {};
    focusRow.current = current.length;
    replaceRows([...current, row]);
    commit();
  };

  const totals = useMemo(() => columnTotals(columns, rows), [columns, rows]);
  const hasTotals = totals.size > 0;
  const title = schemaText(String((options.title as string | undefined) ?? schema.title ?? ''), language);
  const description = (options.description as string | undefined) ?? schema.description;
  const rowErrors = errorSchema as Record<number, ErrorSchema | undefined> | undefined;
  const frame = useRef<HTMLFieldSetElement>(null);
  const stacked = useStacked(frame, tableWidthRem(columns, !isReadonly));

  return (
    <fieldset
      ref={frame}
      className={stacked ? 'stfs-table stfs-table--stacked' : 'stfs-table'}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
      }}
    >
      <legend className="aksel-heading aksel-heading--xsmall" id={`${idPrefix}-caption`}>
        {title}
      </legend>
      {description && (
        <p className="aksel-body-short aksel-body-short--small stfs-table__description">
          {schemaText(description, language)}
        </p>
      )}
      <table className="aksel-table aksel-table--small" id={idPrefix} aria-labelledby={`${idPrefix}-caption`}>
        <thead className="aksel-table__header">
          <tr className="aksel-table__row">
            <th scope="col" className="aksel-table__header-cell" style={{ width: `${ROW_NUMBER_REM}rem` }}>
              <span className="stfs-visually-hidden">{uiText('row', language)}</span>
            </th>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="aksel-table__header-cell"
                style={{ width: `${columnWidthRem(c)}rem` }}
              >
                {c.title}
              </th>
            ))}
            {!isReadonly && (
              <th scope="col" className="aksel-table__header-cell" style={{ width: `${ACTIONS_REM}rem` }}>
                <span className="stfs-visually-hidden">{uiText('actions', language)}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="aksel-table__body">
          {blockStarts(rows.length).map((blockStart) => (
            <RowBlock
              key={blockStart}
              rows={rows}
              start={blockStart}
              columns={columns}
              errors={rowErrors}
              idPrefix={idPrefix}
              language={language}
              readonly={isReadonly}
              onCell={onCell}
              onRemove={onRemove}
            />
          ))}
        </tbody>
        {hasTotals && (
          <tfoot>
            <tr className="aksel-table__row stfs-table__totals">
              <th scope="row" className="aksel-table__header-cell">
                {uiText('sum', language)}
              </th>
              {columns.map((c) => (
                <TotalCell key={c.key} label={c.title} total={totals.get(c.key)} />
              ))}
              {!isReadonly && <td className="aksel-table__data-cell" />}
            </tr>
          </tfoot>
        )}
      </table>
      {!isReadonly && (
        <Button type="button" variant="secondary" size="small" onClick={onAdd}>
          {uiText('addRow', language)}
        </Button>
      )}
    </fieldset>
  );
}
