import type { ErrorSchema } from '@rjsf/utils';
import { memo } from 'react';
import type { Language } from '../validation/issue.js';
import type { Column } from './columns.js';
import type { Row } from './row-identity.js';
import { TableRow } from './TableRow.js';

/** Rows are rendered in blocks, so a keystroke makes React look at one block's rows instead of all of them. */
export const BLOCK_SIZE = 50;

export interface RowBlockProps {
  rows: readonly Row[];
  start: number;
  columns: Column[];
  errors: Record<number, ErrorSchema | undefined> | undefined;
  idPrefix: string;
  language: Language;
  readonly: boolean;
  onCell: (index: number, key: string, value: unknown) => void;
  onRemove: (index: number) => void;
}

function sameBlock(a: RowBlockProps, b: RowBlockProps): boolean {
  if (
    a.start !== b.start ||
    a.columns !== b.columns ||
    a.errors !== b.errors ||
    a.idPrefix !== b.idPrefix ||
    a.language !== b.language ||
    a.readonly !== b.readonly ||
    a.onCell !== b.onCell ||
    a.onRemove !== b.onRemove
  )
    return false;
  const end = a.start + BLOCK_SIZE;
  for (let i = a.start; i < end; i++) if (a.rows[i] !== b.rows[i]) return false;
  return true;
}

export const RowBlock = memo(function RowBlock(props: RowBlockProps) {
  const { rows, start, errors, ...rest } = props;
  const end = Math.min(start + BLOCK_SIZE, rows.length);
  const out = [];
  for (let index = start; index < end; index++) {
    const row = rows[index];
    if (row) out.push(<TableRow key={index} row={row} index={index} errors={errors?.[index]} {...rest} />);
  }
  return <>{out}</>;
}, sameBlock);
