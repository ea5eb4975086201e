import { type ChangeEvent, useLayoutEffect, useRef } from 'react';
import { formatAmount, parseAmount, reformatKeepingCaret } from './nok.js';

/**
 * Shared by the NOK widget and the table's amount cells: shows "1 125 000", hands back the integer, and keeps
 * the caret where the person was typing.
 */
export function useAmountInput(value: unknown, onValue: (amount: number | undefined) => void) {
  const ref = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current !== null && ref.current === document.activeElement) {
      ref.current?.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const next = reformatKeepingCaret(e.target.value, e.target.selectionStart ?? e.target.value.length);
    caret.current = next.caret;
    onValue(parseAmount(next.text));
  };
  const display = typeof value === 'number' ? formatAmount(value) : typeof value === 'string' ? value : '';
  return { ref, value: display, onChange, inputMode: 'numeric' as const, autoComplete: 'off' };
}
