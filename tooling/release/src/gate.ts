import type { ChangeSeverity } from '@sosialtilskudd/cli';
import type { Bump } from './changesets.ts';

/** The packages whose published contract is the JSON Schemas and rules: a breaking change is a new major of each. */
export const CONTRACT_PACKAGES = ['@sosialtilskudd/domain', '@sosialtilskudd/json-schemas'] as const;

/** The packages that publish the API: the OpenAPI document and the client typed from it. */
export const API_PACKAGES = ['@sosialtilskudd/json-schemas', '@sosialtilskudd/api-client'] as const;

/** Every package a release records the version of, for the gate's next run. */
export const GATED_PACKAGES = [...new Set([...CONTRACT_PACKAGES, ...API_PACKAGES])];

export interface GateInput {
  /** Changes since the release, each with the packages it is a new major of (the contract packages if unnamed). */
  changes: readonly { severity: ChangeSeverity; packages?: readonly string[] }[];
  pending: ReadonlyMap<string, Bump>;
  /** Version of each gated package at the last release, and now. */
  released: Readonly<Record<string, string>>;
  current: Readonly<Record<string, string>>;
}

export interface GateVerdict {
  pass: boolean;
  breaking: number;
  /** Packages that still need a major changeset. */
  missingMajor: string[];
}

const major = (version: string | undefined) => Number(version?.split('.')[0] ?? 0);

/**
 * A breaking change passes only when each package it concerns gets a new major: either a pending major
 * changeset, or a version already bumped past the release's major (the release commit itself).
 */
export function gateVerdict({ changes, pending, released, current }: GateInput): GateVerdict {
  const breaking = changes.filter((c) => c.severity === 'breaking');
  const concerned = new Set(breaking.flatMap((c) => c.packages ?? CONTRACT_PACKAGES));
  const missingMajor = [...concerned]
    .filter((pkg) => pending.get(pkg) !== 'major' && !(major(current[pkg]) > major(released[pkg])))
    .sort();
  return { pass: missingMajor.length === 0, breaking: breaking.length, missingMajor };
}
