import type { Schemas } from '@sosialtilskudd/api-client';
import { describe, expect, it } from 'vitest';
import {
  caseRows,
  casesExport,
  choices,
  countyChoice,
  filterRows,
  nextSort,
  searchOf,
  sortRows,
  viewOf,
} from './case-list.js';

const summary = (
  caseNumber: string | null,
  measureName: string,
  more: Partial<Schemas['ApplicationSummary']> = {},
): Schemas['ApplicationSummary'] => ({
  id: `00000000-0000-4000-8000-00000000000${caseNumber?.slice(-1) ?? '0'}`,
  state: 'submitted',
  stateLabel: 'Sendt inn',
  awaitingSignatureFrom: [],
  caseNumber,
  callId: 'utvikling-sosiale-tjenester-2025',
  organisationNumber: '974760673',
  applicantName: 'Nav Frogner',
  measureName,
  requestedGrant: 480000,
  authority: { kind: 'county-office', countyOfficeId: 'ostfold-buskerud-oslo-akershus' },
  caseworker: null,
  submittedAt: '2025-01-20T09:00:00Z',
  updatedAt: '2025-01-20T09:00:00Z',
  ...more,
});

const summaries = [
  summary('2025/2', 'Ung og trygg i Frogner', { requestedGrant: 1_250_000 }),
  summary('2024/10', 'Familieteam Gjøvik', {
    callId: 'utvikling-sosiale-tjenester-2024',
    organisationNumber: '974760525',
    applicantName: 'Nav Gjøvik',
    authority: { kind: 'county-office', countyOfficeId: 'innlandet' },
    state: 'paid',
    caseworker: 'Liv Dahl',
    submittedAt: '2024-01-30T10:00:00Z',
  }),
  summary('2024/9', 'Bo trygt på Frogner', {
    callId: 'utvikling-sosiale-tjenester-2024',
    state: 'rejected',
    submittedAt: '2024-01-29T10:00:00Z',
  }),
];
const rows = caseRows(summaries, 'nb');
const view = viewOf(new URLSearchParams());
const names = (list: typeof rows) => list.map((r) => r.summary.measureName);

describe('the case list', () => {
  it('names each case’s year, call and county office', () => {
    expect(rows[1]).toMatchObject({ year: 2024, countyName: 'Statsforvalteren i Innlandet' });
    expect(rows[1]?.callName).toMatch(/2024/);
  });

  it('finds cases by every word of the search, in measure, office and case number, whatever the case', () => {
    expect(names(filterRows(rows, { ...view, query: 'frogner' }))).toEqual([
      'Ung og trygg i Frogner',
      'Bo trygt på Frogner',
    ]);
    expect(names(filterRows(rows, { ...view, query: 'TRYGG frogner' }))).toEqual(['Ung og trygg i Frogner']);
    expect(names(filterRows(rows, { ...view, query: '2024/10' }))).toEqual(['Familieteam Gjøvik']);
    expect(names(filterRows(rows, { ...view, query: 'gjøvik innlandet' }))).toEqual(['Familieteam Gjøvik']);
    expect(filterRows(rows, { ...view, query: 'bergen' })).toEqual([]);
  });

  it('filters by state, year, call, Nav office and county office together', () => {
    expect(names(filterRows(rows, { ...view, year: 2024 }))).toEqual([
      'Familieteam Gjøvik',
      'Bo trygt på Frogner',
    ]);
    expect(names(filterRows(rows, { ...view, year: 2024, state: 'rejected' }))).toEqual([
      'Bo trygt på Frogner',
    ]);
    expect(names(filterRows(rows, { ...view, callId: 'utvikling-sosiale-tjenester-2025' }))).toEqual([
      'Ung og trygg i Frogner',
    ]);
    expect(names(filterRows(rows, { ...view, office: '974760525' }))).toEqual(['Familieteam Gjøvik']);
    expect(names(filterRows(rows, { ...view, countyOfficeId: 'innlandet' }))).toEqual(['Familieteam Gjøvik']);
  });

  it('sorts newest submitted first by default, and by any column either way', () => {
    expect(names(sortRows(rows, view.sort, 'nb'))).toEqual([
      'Ung og trygg i Frogner',
      'Familieteam Gjøvik',
      'Bo trygt på Frogner',
    ]);
    // Case numbers by year, then number: 2024/9 before 2024/10.
    expect(
      sortRows(rows, { key: 'caseNumber', direction: 'ascending' }, 'nb').map((r) => r.summary.caseNumber),
    ).toEqual(['2024/9', '2024/10', '2025/2']);
    expect(names(sortRows(rows, { key: 'requested', direction: 'descending' }, 'nb'))[0]).toBe(
      'Ung og trygg i Frogner',
    );
    expect(names(sortRows(rows, { key: 'measure', direction: 'ascending' }, 'nb'))).toEqual([
      'Bo trygt på Frogner',
      'Familieteam Gjøvik',
      'Ung og trygg i Frogner',
    ]);
  });

  it('turns a column’s direction on the second click', () => {
    const first = nextSort(view.sort, 'measure');
    expect(first).toEqual({ key: 'measure', direction: 'ascending' });
    expect(nextSort(first, 'measure')).toEqual({ key: 'measure', direction: 'descending' });
  });

  it('keeps what is shown in the address and reads it back; the default view has a bare address', () => {
    expect(searchOf(view)).toBe('');
    const shown = {
      ...view,
      query: 'trygg',
      state: 'paid' as const,
      year: 2024,
      countyOfficeId: 'innlandet',
      sort: { key: 'requested' as const, direction: 'descending' as const },
    };
    const search = searchOf(shown);
    expect(search).toBe('?sok=trygg&status=paid&ar=2024&embete=innlandet&sorter=requested&retning=synkende');
    expect(viewOf(new URLSearchParams(search))).toEqual(shown);
    // Nonsense in the address is ignored, not trusted.
    expect(viewOf(new URLSearchParams('status=nope&ar=x&sorter=id'))).toEqual(view);
  });

  it('offers each county office once, as filter choices', () => {
    expect(choices(rows, countyChoice)).toEqual([
      ['innlandet', 'Statsforvalteren i Innlandet'],
      ['ostfold-buskerud-oslo-akershus', 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus'],
    ]);
  });

  it('exports the rows as shown, with Norwegian headers and amounts as numbers', () => {
    const table = casesExport(caseRows(summaries, 'nn').slice(0, 1), true, 'nn', 'saker');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Saksnummer',
      'Tiltak',
      'Søkjar',
      'Statsforvaltar',
      'År',
      'Utlysing',
      'Søkt beløp',
      'Status',
      'Sendt inn',
      'Sakshandsamar',
    ]);
    expect(table.rows[0]?.slice(0, 5)).toEqual([
      '2025/2',
      'Ung og trygg i Frogner',
      'Nav Frogner',
      'Statsforvaltaren i Østfold, Buskerud, Oslo og Akershus',
      2025,
    ]);
    expect(table.rows[0]?.[6]).toBe(1_250_000);
    expect(casesExport(rows, false, 'nb', 'saker').columns).toHaveLength(9);
  });
});
