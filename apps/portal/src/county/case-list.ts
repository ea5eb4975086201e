import type { Schemas } from '@sosialtilskudd/api-client';
import { CASE_STATES, type CaseState, findCall, osloDate } from '@sosialtilskudd/domain';
import { callTitle } from '@sosialtilskudd/forms';
import { asDate, type ExportTable } from '../export/table.js';
import { authorityName, stateLabel } from '../i18n/labels.js';
import type { Language } from '../i18n/language.js';
import { type TextKey, text } from '../i18n/texts.js';

type Summary = Schemas['ApplicationSummary'];

/** A case as the list shows it: the API's summary with its year, call and county office in words. */
export interface CaseRow {
  summary: Summary;
  year: number | undefined;
  callName: string;
  countyName: string;
}

export function caseRows(cases: readonly Summary[], language: Language): CaseRow[] {
  return cases.map((summary) => ({
    summary,
    year: findCall(summary.callId)?.year,
    callName: callTitle(summary.callId, language) ?? '–',
    countyName: authorityName(
      summary.authority,
      osloDate(summary.submittedAt ?? summary.updatedAt),
      language,
    ),
  }));
}

export const SORT_KEYS = [
  'caseNumber',
  'measure',
  'applicant',
  'county',
  'year',
  'requested',
  'state',
  'submitted',
  'caseworker',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';

/** What the list shows, as the address says it, so a filtered list can be reloaded, shared and linked to. */
export interface ListView {
  query: string;
  state?: CaseState;
  year?: number;
  callId?: string;
  /** The applicant's organisation number (the Nav office's municipality). */
  office?: string;
  countyOfficeId?: string;
  sort: { key: SortKey; direction: Direction };
}

/** The address's parameters, in Norwegian as the rest of the address. */
const PARAM = {
  query: 'sok',
  state: 'status',
  year: 'ar',
  callId: 'utlysning',
  office: 'kontor',
  countyOfficeId: 'embete',
  sort: 'sorter',
  direction: 'retning',
} as const;

const DEFAULT_SORT = { key: 'submitted', direction: 'descending' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

export function viewOf(params: URLSearchParams): ListView {
  const year = Number(params.get(PARAM.year));
  const key = oneOf(SORT_KEYS, params.get(PARAM.sort));
  return {
    query: params.get(PARAM.query) ?? '',
    state: oneOf(CASE_STATES, params.get(PARAM.state)),
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    callId: params.get(PARAM.callId) || undefined,
    office: params.get(PARAM.office) || undefined,
    countyOfficeId: params.get(PARAM.countyOfficeId) || undefined,
    sort: key
      ? { key, direction: params.get(PARAM.direction) === 'synkende' ? 'descending' : 'ascending' }
      : DEFAULT_SORT,
  };
}

export function searchOf(view: ListView): string {
  const params = new URLSearchParams();
  if (view.query.trim()) params.set(PARAM.query, view.query.trim());
  for (const key of ['state', 'year', 'callId', 'office', 'countyOfficeId'] as const) {
    const value = view[key];
    if (value !== undefined) params.set(PARAM[key], String(value));
  }
  if (view.sort.key !== DEFAULT_SORT.key || view.sort.direction !== DEFAULT_SORT.direction) {
    params.set(PARAM.sort, view.sort.key);
    params.set(PARAM.direction, view.sort.direction === 'descending' ? 'synkende' : 'stigende');
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** A click on a column's heading: that column ascending, or the other way if it already was the one. */
export function nextSort(current: ListView['sort'], key: SortKey): ListView['sort'] {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const fold = (value: string) => value.toLocaleLowerCase('nb');

/** Every word of the search is found in the measure, the office, the case number or the county office. */
function matches(row: CaseRow, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [row.summary.measureName, row.summary.applicantName, row.summary.caseNumber ?? '', row.countyName].join(
      '\n',
    ),
  );
  return words.every((word) => haystack.includes(word));
}

const countyIdOf = (row: CaseRow) =>
  row.summary.authority.kind === 'county-office' ? row.summary.authority.countyOfficeId : 'directorate';

export function filterRows(rows: readonly CaseRow[], view: ListView): CaseRow[] {
  return rows.filter(
    (row) =>
      (view.state === undefined || row.summary.state === view.state) &&
      (view.year === undefined || row.year === view.year) &&
      (view.callId === undefined || row.summary.callId === view.callId) &&
      (view.office === undefined || row.summary.organisationNumber === view.office) &&
      (view.countyOfficeId === undefined || countyIdOf(row) === view.countyOfficeId) &&
      matches(row, view.query),
  );
}

/** Case numbers «2025/7» sort by year, then number; no case number sorts last. */
const caseNumberKey = (value: string | null) => {
  const match = value ? /^(\d+)\/(\d+)$/.exec(value) : null;
  return match ? Number(match[1]) * 1e7 + Number(match[2]) : Number.POSITIVE_INFINITY;
};

export function sortRows(rows: readonly CaseRow[], sort: ListView['sort'], language: Language): CaseRow[] {
  const collator = new Intl.Collator(language === 'nn' ? 'nn-NO' : 'nb-NO', { numeric: true });
  const value = (row: CaseRow): string | number => {
    const s = row.summary;
    switch (sort.key) {
      case 'caseNumber':
        return caseNumberKey(s.caseNumber);
      case 'measure':
        return s.measureName;
      case 'applicant':
        return s.applicantName;
      case 'county':
        return row.countyName;
      case 'year':
        return row.year ?? 0;
      case 'requested':
        return s.requestedGrant;
      case 'state':
        return CASE_STATES.indexOf(s.state);
      case 'submitted':
        return s.submittedAt ? Date.parse(s.submittedAt) : 0;
      case 'caseworker':
        return s.caseworker ?? '';
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    // Ties keep a stable, meaningful order: newest case number first.
    return sign * order || caseNumberKey(b.summary.caseNumber) - caseNumberKey(a.summary.caseNumber);
  });
}

/** The choices a filter offers: what the cases hold, each once, in the language's order. */
export function choices<T extends string | number>(
  rows: readonly CaseRow[],
  pick: (row: CaseRow) => [value: T, label: string] | undefined,
): [T, string][] {
  const found = new Map<T, string>();
  for (const row of rows) {
    const choice = pick(row);
    if (choice) found.set(choice[0], choice[1]);
  }
  return [...found].sort(([a, la], [b, lb]) =>
    typeof a === 'number' && typeof b === 'number' ? b - a : la.localeCompare(lb, 'nb'),
  );
}

export const countyChoice = (row: CaseRow): [string, string] => [countyIdOf(row), row.countyName];

/** The list as a spreadsheet: the same rows and order as on screen, amounts as numbers. */
export function casesExport(
  rows: readonly CaseRow[],
  withCounty: boolean,
  language: Language,
  name: string,
): ExportTable {
  const header = (key: TextKey) => text(key, language);
  const columns = [
    { header: header('colCaseNumber'), kind: 'text' },
    { header: header('colMeasure'), kind: 'text' },
    { header: header('colApplicant'), kind: 'text' },
    ...(withCounty ? [{ header: header('colCounty'), kind: 'text' } as const] : []),
    { header: header('colYear'), kind: 'number' },
    { header: header('colCall'), kind: 'text' },
    { header: header('colRequested'), kind: 'amount' },
    { header: header('colState'), kind: 'text' },
    { header: header('colSubmitted'), kind: 'datetime' },
    { header: header('colCaseworker'), kind: 'text' },
  ] as const;
  return {
    name,
    columns,
    rows: rows.map(({ summary: s, year, callName, countyName }) => [
      s.caseNumber,
      s.measureName,
      s.applicantName,
      ...(withCounty ? [countyName] : []),
      year ?? null,
      callName,
      s.requestedGrant,
      stateLabel(s.state, language),
      s.submittedAt ? asDate(s.submittedAt) : null,
      s.caseworker,
    ]),
  };
}
