import type { ChangeKind, ChangeSeverity, Finding } from './types.js';

const factory =
  (severity: ChangeSeverity) =>
  (kind: ChangeKind, message: string, before?: unknown, after?: unknown): Finding => ({
    kind,
    severity,
    message,
    ...(before !== undefined && { before }),
    ...(after !== undefined && { after }),
  });

export const breaking = factory('breaking');
export const compatible = factory('compatible');

/** Fail safe: what cannot be classified is reported as breaking. */
export function unclassified(message: string, before?: unknown, after?: unknown): Finding {
  return breaking('unknown', `${message}; treated as breaking`, before, after);
}
