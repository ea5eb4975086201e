import type { Application } from '../documents/application.js';
import type { Authority } from '../documents/common.js';
import { countyOfficeName } from '../reference/county-offices.js';
import type { PathSegment } from './issue.js';
import { at, type Finding, type RuleMessages } from './rule.js';

/**
 * § 8 and § 10: the county office the application was addressed to decides, writes the letter and pays; for a
 * national trial, the directorate does (§ 7, § 8, § 10).
 */
export function caseAuthority(application: Application): Authority {
  return application.nationalTrialId !== undefined ? { kind: 'directorate' } : application.addressee;
}

const same = (a: Authority, b: Authority) =>
  a.kind === b.kind && (a.kind === 'directorate' || a.countyOfficeId === (b as typeof a).countyOfficeId);

function authorityName(a: Authority, date: string): string {
  return a.kind === 'directorate'
    ? 'Arbeids- og velferdsdirektoratet'
    : (countyOfficeName(a.countyOfficeId, date) ?? a.countyOfficeId);
}

/** Shared by the decision, both letters, the payment and the repayment claim. */
export const CASE_AUTHORITY_MISMATCH = {
  code: 'CASE_AUTHORITY_MISMATCH',
  source: '§ 8 og § 10 (statsforvalteren søknaden ble sendt til, direktoratet for nasjonale forsøk)',
  summary:
    'Saken avgjøres, brevet sendes, tilskuddet utbetales og kreves tilbake av statsforvalteren søknaden ble sendt til, eller av direktoratet for et nasjonalt forsøk.',
  messages: {
    nb: (p) =>
      `Saken avgjøres, brevet sendes og tilskuddet utbetales av ${p.expected}, ikke ${p.actual} (§ 8, § 10)`,
    nn: (p) =>
      `Saka blir avgjord, brevet sendt og tilskotet utbetalt av ${p.expected}, ikkje ${p.actual} (§ 8, § 10)`,
  } satisfies RuleMessages,
};

/** A finding at `path` when `actual` is not the authority of the case; names in force on `date`. */
export function wrongAuthority(
  actual: Authority,
  expected: Authority,
  path: PathSegment[],
  date: string,
): Finding[] {
  return same(actual, expected)
    ? []
    : [at(path, { expected: authorityName(expected, date), actual: authorityName(actual, date) })];
}
