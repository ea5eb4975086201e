import type { ErrorSchema } from '@rjsf/utils';
import { splitPointer } from '../schema/walk.js';
import type { FormIssue } from '../validation/issue.js';

/** Issues as RJSF's nested `ErrorSchema`, so each field shows its own message (under its label: without it). */
export function toErrorSchema(
  issues: readonly (Pick<FormIssue, 'path' | 'message'> & { text?: string })[],
): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    for (const key of splitPointer(issue.path)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), issue.text ?? issue.message];
  }
  return root as ErrorSchema;
}

/** The element id RJSF (and the table) gives the field at a JSON Pointer. */
export function fieldId(pointer: string): string {
  return ['root', ...splitPointer(pointer)].join('_');
}
