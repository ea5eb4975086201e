import type { ChangeSeverity } from '@sosialtilskudd/cli';
import type { Bump } from './changesets.ts';

/** The packages whose published contract is the JSON Schemas and rules: a breaking change is a new major of each. */
export const CONTRACT_PACKAGES = ['@sosialtilskudd/domain', '@sosialtilskudd/json-schemas'] as const;

export interface GateInput {
  /** Schema and rule changes since the release. */
  changes: readonly { severity: ChangeSeverity }[];
  pending: ReadonlyMap<string, Bump>;
  /** Version of each contract package at the last release, and now. */
  released: Readonly<Record<string, string>>;
  current: Readonly<Record<string, string>>;
}

export interface GateVerdict {
  pass: boolean;
  breaking: number;
  /** Contract packages that still need a major changeset. */
  missingMajor: string[];
}

const major = (version: string | undefined) => Number(version?.split('.')[0] ?? 0);

/**
 * A breaking change passes only when every contract package gets a new major: either a pending major
 * changeset, or a version already bumped past the release's major (the release commit itself).
 */
export function gateVerdict({ changes, pending, released, current }: GateInput): GateVerdict {
  const breaking = changes.filter((c) => c.severity === 'breaking').length;
  if (breaking === 0) return { pass: true, breaking, missingMajor: [] };
  const missingMajor = CONTRACT_PACKAGES.filter(
    (pkg) => pending.get(pkg) !== 'major' && !(major(current[pkg]) > major(released[pkg])),
  );
  return { pass: missingMajor.length === 0, breaking, missingMajor };
}
