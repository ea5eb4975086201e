import type { ErrorSchema } from '@rjsf/utils';
import { resolve, type Schema, schemaAtPointer, splitPointer } from '../schema/walk.js';
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

/**
 * Where a field shows an issue. A union's discriminator (a property `const` in every variant, such as the
 * assessment's `/proposal/recommendation`) is chosen in the union's picker, which shows the union's own errors,
 * so an issue at it is shown at the union; every other issue stays at its path.
 */
export function shownPointer(root: Schema, pointer: string, data: unknown): string {
  const keys = splitPointer(pointer);
  const last = keys.at(-1);
  if (last === undefined) return pointer;
  const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const parent = schemaAtPointer(root, parentPointer, data);
  const options = (parent?.oneOf ?? parent?.anyOf) as Schema[] | undefined;
  const discriminates = options?.every(
    (o) => (resolve(o, root).properties as Record<string, Schema> | undefined)?.[last]?.const !== undefined,
  );
  return discriminates ? parentPointer : pointer;
}
