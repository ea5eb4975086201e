import '@navikt/ds-css';
import '../src/styles.css';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type Ajv from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { akselTheme } from '../src/theme/index.js';
import { TABLE_SCHEMA, tableData } from './schema.js';

type Kind = 'plain' | 'table';

const validator = customizeValidator({ AjvClass: Ajv2020 as unknown as typeof Ajv });
const host = document.getElementById('app') as HTMLElement;
let root: Root | undefined;
let typed = 0;
let formChanges = 0;
const countChange = () => {
  formChanges++;
};

const layout = () => document.body.getBoundingClientRect().height;

function element(kind: Kind, rows: number) {
  const data = tableData(rows);
  return kind === 'plain' ? (
    <Form schema={TABLE_SCHEMA} validator={validator} formData={data} noValidate />
  ) : (
    <Form
      schema={TABLE_SCHEMA}
      uiSchema={{ lines: { 'ui:field': 'table' } }}
      validator={validator}
      formData={data}
      formContext={{ language: 'nb' }}
      onChange={countChange}
      noValidate
      {...akselTheme}
    />
  );
}

const channel = new MessageChannel();
/** Yields to the event loop without waiting for a frame (setTimeout would clamp, rAF would align to 16 ms). */
const macrotask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/** The API the runner drives through page.evaluate. Every number is milliseconds to a laid-out page. */
const bench = {
  mount(kind: Kind, rows: number): number {
    root?.unmount();
    host.innerHTML = '';
    root = createRoot(host);
    const start = performance.now();
    flushSync(() => root?.render(element(kind, rows)));
    layout();
    return performance.now() - start;
  },
  /**
   * One character typed into the label cell of a row, until React has committed it and the page is laid out.
   * RJSF may apply a change after the event (its updates are queued), so this waits, a macrotask at a time,
   * until the input shows the new value.
   */
  async keystroke(row: number): Promise<number> {
    const input = document.getElementById(`root_lines_${row}_label`) as HTMLInputElement | null;
    if (!input) throw new Error(`no input for row ${row}`);
    input.focus();
    typed++;
    const next = `${input.value}${typed % 10}`;
    const start = performance.now();
    setValue?.call(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (input.value !== next) {
      if (performance.now() - start > 30_000) throw new Error('the keystroke did not reach the input');
      await macrotask();
    }
    layout();
    return performance.now() - start;
  },
  /** The table's hand-over to RJSF when focus leaves it, until RJSF reports the change: paid once per pause. */
  async commit(row: number): Promise<number> {
    const input = document.getElementById(`root_lines_${row}_label`) as HTMLInputElement;
    const before = formChanges;
    const start = performance.now();
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    while (formChanges === before) {
      if (performance.now() - start > 30_000) throw new Error('the table did not commit');
      await macrotask();
    }
    layout();
    return performance.now() - start;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
